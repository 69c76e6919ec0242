import random
import secrets

from flask import Flask, make_response, session

app = Flask(__name__)


@app.route("/login")
def login():
    resp = make_response("ok")
    # ruleid: PY163
    resp.set_cookie("sid", str(random.getrandbits(64)))
    # ok: PY163
    resp.set_cookie("sid", secrets.token_urlsafe(32))
    # ruleid: PY163
    session["reset"] = str(int(random.random() * 1_000_000))
    # ok: PY163
    session["theme"] = "dark"
    # ok: PY163
    resp.set_cookie("theme", "dark")
    return resp
