import html

from flask import make_response, request
from markupsafe import Markup


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
