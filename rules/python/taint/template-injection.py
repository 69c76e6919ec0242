from flask import render_template_string, request
from jinja2 import Template


def hello():
    name = request.args.get("name", "world")
    # ruleid: PY156
    return render_template_string("<h1>Hello " + name + "</h1>")


def greeting():
    tpl = request.form["template"]
    # ruleid: PY156
    return Template(tpl).render()


def safe_hello():
    name = request.args.get("name", "world")
    # ok: PY156
    return render_template_string("<h1>Hello {{ name }}</h1>", name=name)
