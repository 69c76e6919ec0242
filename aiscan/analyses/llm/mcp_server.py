"""What a file says about the MCP server it runs: transport, authentication, bind address.

Shared by the transport rule (`checks/agent_exposure.py`) and the inventory's "agents" fact.
"""

from __future__ import annotations

import re

MCP_SERVER = re.compile(r"\bFastMCP\s*\(|\bMcpServer\s*\(|mcp\.server|modelcontextprotocol"
                        r"|\bfastmcp\b")
HTTP_TRANSPORTS = re.compile(r"""transport\s*=\s*["'](?:sse|streamable-http|http)["']"""
                             r"|\.(?:sse_app|streamable_http_app|http_app)\s*\("
                             r"|new\s+(?:StreamableHTTPServerTransport|SSEServerTransport)\b")
# code that authenticates callers: FastMCP's `auth=`/`token_verifier=`, the TS SDK's
# `requireBearerAuth`, a middleware reading the Authorization or an API-key header
AUTH_EVIDENCE = re.compile(r"\b(?:token_verifier|auth_server_provider|auth)\s*=[^=]"
                           r"|requireBearerAuth|[Aa]uthorization|\bBearer\b|HTTPBearer"
                           r"|APIKeyHeader|[Xx]-[Aa]pi-[Kk]ey|verify_token\s*\(")
HTTP_WORDS = re.compile(r"streamable-http|streamable_http|StreamableHTTP|\bsse\b|SSEServerTransport"
                        r"|sse_app|http_app")
ALL_INTERFACES = re.compile(r"""["'](?:0\.0\.0\.0|::)["']""")
# every form MCP_SERVER matches holds one of these: `in` tests (a fast substring search)
# spare most files the regex, whose leading `\b` alternatives scan the text character by
# character (measured: ~1.7 s of profiled CPU over CPython's stdlib, matching nothing)
_MCP_WORDS = ("MCP", "Mcp", "mcp", "modelcontextprotocol")


def builds_mcp_server(text: str) -> bool:
    """Whether the text builds or imports an MCP server (MCP_SERVER matches)."""
    return any(w in text for w in _MCP_WORDS) and MCP_SERVER.search(text) is not None


def server_facts(text: str) -> dict | None:
    """{"transport": "http" | "stdio", "authenticated": bool, "all_interfaces": bool} for a
    file that builds an MCP server, else None. Read from the text: one regex pass each."""
    if not builds_mcp_server(text):
        return None
    http = bool(HTTP_TRANSPORTS.search(text) or HTTP_WORDS.search(text))
    return {"transport": "http" if http else "stdio",
            "authenticated": bool(AUTH_EVIDENCE.search(text)),
            "all_interfaces": bool(ALL_INTERFACES.search(text))}
