from mcp.server.fastmcp import FastMCP

mcp = FastMCP("ops")


def serve(
    transport: str = "stdio",
    # ruleid: PY648
    host: str = "0.0.0.0",
    port: int = 8000,
) -> None:
    mcp.settings.host = host
    mcp.settings.port = port
    mcp.run(transport=transport)


def serve_local(port: int = 8000) -> None:
    # ok: PY648
    mcp.settings.host = "127.0.0.1"
    mcp.settings.port = port
    mcp.run(transport="stdio")


def serve_public() -> None:
    # ruleid: PY648
    mcp.settings.host = "0.0.0.0"
    mcp.run(transport="streamable-http")
