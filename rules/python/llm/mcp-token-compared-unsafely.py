import hmac
import os

from mcp.server.fastmcp import FastMCP
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import Response

API_TOKEN = os.environ["MCP_TOKEN"]
mcp = FastMCP("ops")


class TokenCheck(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        presented = request.headers.get("authorization", "")
        # ruleid: PY651
        if presented != f"Bearer {API_TOKEN}":
            return Response(status_code=401)
        return await call_next(request)


class SafeTokenCheck(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        presented = request.headers.get("authorization", "")
        # ok: PY651
        if not hmac.compare_digest(presented.encode(), f"Bearer {API_TOKEN}".encode()):
            return Response(status_code=401)
        # ok: PY651
        if presented == "":
            return Response(status_code=401)
        scheme, token = presented.split()
        # ok: PY651
        if scheme.lower() != "bearer":
            return Response(status_code=401)
        # ruleid: PY651
        if token != API_TOKEN:
            return Response(status_code=401)
        return await call_next(request)
