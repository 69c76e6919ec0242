import sqlite3

from mcp.server.auth.middleware.auth_context import get_access_token
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("accounts")
db = sqlite3.connect("accounts.db")


# ruleid: PY649
@mcp.tool()
def delete_account(user_id: str) -> str:
    """Close an account."""
    db.execute("DELETE FROM users WHERE id = ?", (user_id,))
    return "deleted"


# ok: PY649
@mcp.tool()
def close_my_account() -> str:
    """Close the caller's account."""
    caller = get_access_token().client_id
    db.execute("DELETE FROM users WHERE id = ?", (caller,))
    return "deleted"


# ok: PY649
@mcp.tool()
def account_name(user_id: str) -> str:
    """Display name of an account."""
    row = db.execute("SELECT name FROM users WHERE id = ?", (user_id,)).fetchone()
    return row[0] if row else ""


# ruleid: PY649
@mcp.tool()
def set_role(username: str, role: str) -> str:
    """Change the role of a user."""
    db.execute("UPDATE users SET role = ? WHERE name = ?", (role, username))
    return "ok"
