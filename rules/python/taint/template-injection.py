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


import jinja2
import jinja2.sandbox


def make_sandbox():
    env = jinja2.sandbox.ImmutableSandboxedEnvironment(autoescape=True)
    env.filters["shout"] = str.upper
    return env


def make_plain():
    return jinja2.Environment()


def render_sandboxed(template_str, **values):
    env = make_sandbox()
    # ok: PY156
    return env.from_string(template_str).render(values)


def render_plain(template_str, **values):
    env = make_plain()
    # ruleid: PY156
    return env.from_string(template_str).render(values)


def notify():
    body = request.form.get("template", "")
    # ok: PY156
    inline = jinja2.sandbox.SandboxedEnvironment().from_string(body).render()
    return render_sandboxed(body, name="x") + render_plain(body, name="x") + inline
