import os

import requests
from flask import request


def proxy():
    url = request.args.get("url")
    # ruleid: PY154
    return requests.get(url, timeout=5).text


def webhook():
    body = request.get_json()
    # ruleid: PY154
    requests.post(body["callback"], json={"ok": True}, timeout=5)
    # ok: PY154
    requests.post("https://hooks.example.com/notify", json=body, timeout=5)
    base = os.environ.get("API_BASE")
    # ok: PY154
    return requests.get(base + "/status", timeout=5)
