from urllib.parse import urlparse

import httpx
from agents import function_tool
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("web")
ALLOWED_HOSTS = {"docs.python.org", "peps.python.org"}


@mcp.tool()
def fetch(url: str) -> str:
    """Fetch a page."""
    with httpx.Client(timeout=10.0) as client:
        # ruleid: PY646
        response = client.get(url)
        return response.text


@mcp.tool()
def fetch_docs(url: str) -> str:
    """Fetch a page of the Python docs."""
    host = urlparse(url).hostname
    if host not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    # ok: PY646
    return httpx.get(url, timeout=10.0).text


@function_tool
def weather(city: str) -> str:
    # ok: PY646
    return httpx.get(f"https://api.weather.example/v1/{city}", timeout=10.0).text


@function_tool
def download(link: str) -> bytes:
    # ruleid: PY646
    return httpx.get(link, timeout=10.0).content


GITHUB_API = "https://api.github.com"


@function_tool
def repository(name: str) -> str:
    # ok: PY646
    return httpx.get(f"{GITHUB_API}/repos/{name}", timeout=10.0).text


@function_tool
def proxy(base: str, path: str) -> str:
    # ruleid: PY646
    return httpx.get(f"{base}/{path}", timeout=10.0).text
