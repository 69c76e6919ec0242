"""A documentation MCP server written the safe way: what aiscan's agent rules expect.

- file tools resolve every path and refuse anything outside DOCS_ROOT;
- the HTTP transport requires a bearer token, compared in constant time;
- the only URL fetched is on an allow-listed host;
- no tool returns environment variables, tokens or files outside the root.
"""

import hmac
import os
from pathlib import Path
from urllib.parse import urlparse

import httpx
from mcp.server.auth.provider import AccessToken, TokenVerifier
from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP

DOCS_ROOT = Path(os.environ.get("DOCS_ROOT", "docs")).resolve()
ALLOWED_HOSTS = {"docs.python.org", "peps.python.org"}
MAX_BYTES = 200_000


class EnvTokenVerifier(TokenVerifier):
    """Accepts the single token configured in MCP_TOKEN."""

    async def verify_token(self, token: str) -> AccessToken | None:
        expected = os.environ.get("MCP_TOKEN", "")
        if expected and hmac.compare_digest(token.encode(), expected.encode()):
            return AccessToken(token=token, client_id="docs-client", scopes=["docs"])
        return None


mcp = FastMCP(
    "docs",
    token_verifier=EnvTokenVerifier(),
    auth=AuthSettings(
        issuer_url="https://auth.example.com",
        resource_server_url="http://127.0.0.1:8000",
        required_scopes=["docs"],
    ),
)


def _inside_root(name: str) -> Path:
    target = (DOCS_ROOT / name).resolve()
    if not target.is_relative_to(DOCS_ROOT):
        raise ValueError("the path leaves the documentation folder")
    return target


@mcp.tool()
def list_docs() -> list[str]:
    """List the documents in the documentation folder."""
    return sorted(p.name for p in DOCS_ROOT.glob("*.md"))


@mcp.tool()
def read_doc(name: str) -> str:
    """Read one document of the documentation folder.

    Args:
        name: the document's file name, for example `install.md`.
    """
    target = _inside_root(name)
    if not target.is_relative_to(DOCS_ROOT):
        raise ValueError("the path leaves the documentation folder")
    with open(target, encoding="utf-8") as fh:
        return fh.read(MAX_BYTES)


@mcp.tool()
def save_note(name: str, text: str) -> str:
    """Save a note next to the documents."""
    target = (DOCS_ROOT / "notes" / name).resolve()
    if not target.is_relative_to(DOCS_ROOT):
        raise ValueError("the path leaves the documentation folder")
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(text[:MAX_BYTES])
    return f"saved {target.name}"


@mcp.tool()
def fetch_python_docs(url: str) -> str:
    """Fetch a page of the official Python documentation."""
    host = urlparse(url).hostname
    if host not in ALLOWED_HOSTS:
        raise ValueError("only docs.python.org and peps.python.org are allowed")
    response = httpx.get(url, timeout=10.0, follow_redirects=False)
    response.raise_for_status()
    return response.text[:MAX_BYTES]


@mcp.resource("docs://{name}")
def doc_resource(name: str) -> str:
    """A document of the documentation folder, as a resource."""
    target = _inside_root(name)
    if not target.is_relative_to(DOCS_ROOT):
        raise ValueError("the path leaves the documentation folder")
    return target.read_text(encoding="utf-8")


@mcp.prompt()
def summarize(name: str) -> str:
    """Ask for a summary of one document."""
    return f"Summarize the document {name!r} in five bullet points."


if __name__ == "__main__":
    mcp.run(transport="streamable-http")
