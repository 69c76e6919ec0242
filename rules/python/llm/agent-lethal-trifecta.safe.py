from pathlib import Path

import httpx
from mcp.server.fastmcp import FastMCP

NOTES = Path("notes").resolve()
# ok: PY650
mcp = FastMCP("assistant")


@mcp.tool()
def read_note(name: str) -> str:
    """Read one of the user's private notes."""
    target = (NOTES / name).resolve()
    if not target.is_relative_to(NOTES):
        raise ValueError("outside the notes folder")
    return target.read_text()


@mcp.tool()
def weather(city: str) -> str:
    """Weather for a city, from one fixed service."""
    return httpx.get("https://api.weather.example/v1/current", params={"q": city}, timeout=10.0).text
