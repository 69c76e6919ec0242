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
from jinja2.sandbox import SandboxedEnvironment


def template_variables(source):
    # parsed to list its variables, never rendered
    # ok: PY260
    env = SandboxedEnvironment()
    ast = env.parse(source)
    return ast


def template_tokens(source):
    # ok: PY260
    return SandboxedEnvironment().lex(source)


def render_page(source, **values):
    # ruleid: PY260
    env = SandboxedEnvironment()
    ast = env.parse(source)
    return env.from_string(source).render(**values), ast
