import jinja2
from flask import render_template_string, request
from jinja2 import Environment, Template


def hello():
    name = request.args["name"]
    # ruleid: PY106
    page = render_template_string(f"<h1>Hello {name}</h1>")
    # ruleid: PY106
    tpl = Template("Dear " + name)
    # ruleid: PY106
    other = jinja2.Environment().from_string(request.form["tpl"])
    # ok: PY106
    safe = render_template_string("<h1>Hello {{ name }}</h1>", name=name)
    # ok: PY106
    fixed = Template("Dear {{ name }}").render(name=name)
    # ok: PY106
    env = Environment(loader=jinja2.FileSystemLoader("templates"))
    # ok: PY106
    loaded = Template(TEMPLATE_SOURCE)
    return page, tpl, other, safe, fixed, env, loaded
