import subprocess

ALLOWED = {"status": ["git", "status"], "log": ["git", "log", "-5"]}


def agent_step(chain, task):
    cmd = chain.invoke({"task": task})
    # ruleid: PY611
    subprocess.run(cmd, shell=True)
    # ok: PY611
    subprocess.run(["git", "status"])


def gemini(model, task):
    reply = model.generate_content(task).text
    # ruleid: PY611
    subprocess.run(f"bash -c '{reply}'", shell=True)


from langchain_core.tools import tool
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("ops")


@tool
def run_shell(command: str) -> str:
    """Run a shell command."""
    # ruleid: PY611
    return subprocess.check_output(command, shell=True, text=True)


@mcp.tool()
def disk_usage(path: str) -> str:
    """Disk usage of a directory."""
    # ok: PY611
    return subprocess.check_output(["du", "-sh", "--", path], text=True)


@mcp.tool()
def git_log(branch: str) -> str:
    # ruleid: PY611
    return subprocess.check_output(f"git log {branch}", shell=True, text=True)


def not_a_tool(command: str) -> str:
    # ok: PY611
    return subprocess.check_output(command, shell=True, text=True)
