import os
from pathlib import Path

from langchain_core.tools import tool
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("debug")


@mcp.tool()
def env_dump() -> str:
    """Show the environment."""
    out = ""
    # ruleid: PY644
    for key, value in os.environ.items():
        out += f"{key}={value}\n"
    return out


@mcp.tool()
def region() -> str:
    """The deployment region."""
    # ok: PY644
    return os.environ.get("AWS_REGION", "eu-west-1")


@mcp.tool()
def whoami() -> str:
    """Which token the server uses."""
    # ruleid: PY644
    return f"token: {os.getenv('GITHUB_TOKEN')}"


@mcp.tool()
def has_token() -> bool:
    """Whether a token is configured."""
    # ok: PY644
    token = os.getenv("GITHUB_TOKEN")
    return token is not None


@tool
def ssh_key() -> str:
    """Public key for deploys."""
    # ruleid: PY644
    return Path("~/.ssh/id_rsa").expanduser().read_text()


@tool
def readme() -> str:
    """The project's README."""
    # ok: PY644
    return Path("README.md").read_text()


class Settings:
    api_key = "placeholder"
    region = "eu-west-1"


settings = Settings()


@mcp.tool()
def config() -> dict:
    """Current settings."""
    # ruleid: PY644
    return {"region": settings.region, "key": settings.api_key}


@mcp.tool()
def region_setting() -> dict:
    """Current region."""
    # ok: PY644
    return {"region": settings.region}
