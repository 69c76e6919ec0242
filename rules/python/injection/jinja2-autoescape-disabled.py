from jinja2 import Environment, FileSystemLoader, select_autoescape

# ruleid: PY107
env = Environment(loader=FileSystemLoader("templates"), autoescape=False)
# ok: PY107
safe = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))
# ok: PY107
also_safe = Environment(autoescape=True)

import aiohttp_jinja2

# ruleid: PY107
aiohttp_jinja2.setup(app, loader=FileSystemLoader("templates"), autoescape=False)
# ok: PY107
aiohttp_jinja2.setup(app, loader=FileSystemLoader("templates"))
