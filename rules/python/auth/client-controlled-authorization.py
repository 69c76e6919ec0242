import jwt
from flask import Flask, render_template, request

app = Flask(__name__)
KEY = "k"


@app.route("/panel")
def panel():
    # ruleid: PY470
    if request.cookies.get("admin") == "1":
        return render_template("admin.html")
    role = request.cookies["session"].split("|")[0]
    # ruleid: PY470
    if role == "admin":
        return render_template("admin.html")
    # ok: PY470
    if request.cookies.get("theme") == "dark":
        return render_template("dark.html")
    return render_template("panel.html")


@app.route("/internal")
def internal():
    agent = request.headers.get("User-Agent", "")
    # ruleid: PY470
    if agent == "corp_admin_client":
        return "secret"
    # ruleid: PY470
    if request.headers.get("X-Forwarded-For") == "127.0.0.1":
        return "secret"
    # ok: PY470
    if request.headers.get("Upgrade", "").lower() == "websocket":
        return "upgrade"
    # ok: PY470
    if request.environ.get("REMOTE_ADDR") == "127.0.0.1":
        return "local"
    return "no"


def render_role(user):
    # ok: PY470
    if user.role == "admin":
        return "admin"
    # ok: PY470
    flag = "admin" == "admin"
    return flag


def view(request):
    # ruleid: PY470
    if request.META["HTTP_X_HOST"] == "admin.example.test:8000":
        return "secret"
    # ok: PY470
    if request.session.get("role") == "admin":
        return "secret"
    payload = jwt.decode(request.COOKIES["auth"], KEY, algorithms=["HS256"])
    # ok: PY470
    if payload["user"] == "admin":
        return "secret"
    agent = request.META["HTTP_USER_AGENT"]
    # ruleid: PY470
    if (agent == "corp_admin"):
        return "secret"
    return "no"


def by_role(request):
    # ruleid: PY470
    if request.COOKIES.get("user_role") == "editor":
        return "edit"
    # ok: PY470
    if request.headers.get("Accept") == "application/vnd.rolex+json":
        return "json"
    return "view"
