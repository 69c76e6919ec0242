import base64
import json

from cryptography.fernet import Fernet
from flask import request


def load_session():
    cookie = request.cookies.get("session")
    if not cookie:
        return {}
    # ruleid: PY471
    return json.loads(base64.b64decode(cookie.encode()))


def current_user(request):
    # ruleid: PY471
    return base64.urlsafe_b64decode(request.COOKIES["sid"]).decode().split(":")[0]


def load_signed(key):
    token = request.cookies.get("session", "")
    # ok: PY471
    return Fernet(key).decrypt(token.encode(), ttl=7200)


def decode_upload():
    # ok: PY471
    return base64.b64decode(request.form["image"])
