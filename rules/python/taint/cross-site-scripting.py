import html

from flask import Flask, make_response, request
from markupsafe import Markup

app = Flask(__name__)


def banner():
    name = request.args["name"]
    # ruleid: PY157
    return Markup("<b>%s</b>" % name)


def page():
    q = request.args.get("q", "")
    # ruleid: PY157
    return make_response(f"<p>Results for {q}</p>")


def safe_page():
    q = html.escape(request.args.get("q", ""))
    # ok: PY157
    return make_response(f"<p>Results for {q}</p>")


def safe_banner():
    # ok: PY157
    return Markup("<b>%s</b>") % request.args["name"]


@app.route("/hello/<name>")
def hello(name):
    # ruleid: PY157
    return f"<h1>Hello {name}</h1>"


@app.get("/echo")
def echo(q: str):
    # ok: PY157
    return {"query": q}


@app.get("/count")
def count(q: str):
    # ok: PY157
    return f"<p>{len(q)} characters</p>"


def search_echo():
    q = request.args.get("q", "")
    # ok: PY157
    return make_response("<p>" + q.replace("&", "&amp;").replace("<", "&lt;") + "</p>")


def search_echo_quotes_only():
    q = request.args.get("q", "")
    # ruleid: PY157
    return make_response("<p>" + q.replace('"', "&quot;") + "</p>")


def sync_state():
    import json
    state = {"query": request.args.get("q", "")}
    # ok: PY157
    response = make_response(json.dumps(state))
    response.headers["Content-Type"] = "application/json"
    return response


def sync_state_as_html():
    import json
    state = {"query": request.args.get("q", "")}
    # ruleid: PY157
    return make_response(json.dumps(state))
