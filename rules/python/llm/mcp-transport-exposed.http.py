from mcp.server.fastmcp import FastMCP

mcp = FastMCP("files")


@mcp.tool()
def ping() -> str:
    """Answer pong."""
    return "pong"


if __name__ == "__main__":
    # ruleid: PY648
    mcp.run(transport="streamable-http")
