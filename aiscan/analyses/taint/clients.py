"""HTTP client objects: `with httpx.Client() as client: client.get(url)` requests a URL exactly
like `httpx.get(url)`. A name bound only to such clients in a file resolves to the module, so
the module's sinks and sources apply to its methods."""

from __future__ import annotations

import re

# constructor (qualified) -> the module whose request functions its instances mirror
CLIENT_MODULES = {
    "httpx.Client": "httpx", "httpx.AsyncClient": "httpx",
    "requests.Session": "requests", "requests.session": "requests",
    "requests.sessions.Session": "requests",
}
_BIND = re.compile(r"(?:with|async\s+with)\s+([\w.]+)\s*\([^\n]*?\)\s+as\s+(\w+)"
                   r"|^\s*(\w+)\s*=\s*([\w.]+)\s*\(", re.M)
_ANY_BIND = r"(?:^\s*{0}\s*=|\bas\s+{0}\b)"


def client_aliases(text: str, imports: dict[str, str]) -> dict[str, str]:
    """Variable name -> module for names every binding of which is an HTTP client."""
    from ...engine.imports import resolve

    if "Client" not in text and "ession" not in text:
        return {}
    out: dict[str, str] = {}
    for m in _BIND.finditer(text):
        ctor, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        module = CLIENT_MODULES.get(resolve(ctor, imports))
        if module is not None and name not in imports:
            out[name] = module
    # a name also bound to something else is not known to be a client
    for name in list(out):
        binds = len(re.findall(_ANY_BIND.format(re.escape(name)), text, re.M))
        clients = sum(1 for m in _BIND.finditer(text)
                      if (m.group(2) or m.group(3)) == name and
                      CLIENT_MODULES.get(resolve(m.group(1) or m.group(4), imports)))
        if binds > clients:
            del out[name]
    return out
