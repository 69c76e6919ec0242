from mcp.server.auth.provider import AccessToken, TokenVerifier
from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP


class StaticVerifier(TokenVerifier):
    async def verify_token(self, token: str) -> AccessToken | None:
        return None


mcp = FastMCP(
    "files",
    token_verifier=StaticVerifier(),
    auth=AuthSettings(issuer_url="https://auth.example.com", resource_server_url="http://localhost:8000"),
)

if __name__ == "__main__":
    # ok: PY648
    mcp.run(transport="streamable-http")
