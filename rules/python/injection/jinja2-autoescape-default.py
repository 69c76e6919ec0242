import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape

# ruleid: PY260
env = Environment(loader=FileSystemLoader("templates"))
# ruleid: PY260
other = jinja2.Environment(loader=jinja2.PackageLoader("app"), trim_blocks=True)
# ok: PY260
safe = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))
# ok: PY260
text_only = Environment(loader=FileSystemLoader("prompts"), autoescape=False)
# ok: PY260
configured = Environment(**settings)
