import os

import requests
from urllib.parse import urlparse
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


ALLOWED_IMAGE_HOSTS = {"images.example.com"}


def proxy_image():
    src = request.args.get("src", "")
    host = urlparse(src).hostname
    if host not in ALLOWED_IMAGE_HOSTS:
        return "host not allowed", 400
    # ok: PY154
    return requests.get(src, timeout=10).content


def proxy_image_unchecked():
    src = request.args.get("src", "")
    host = urlparse(src).hostname
    # ruleid: PY154
    return requests.get(src, timeout=10).content


def fixed_host(user):
    name = request.args.get("user", "")
    # ok: PY154
    requests.get(f"https://api.github.com/users/{name}", timeout=5)
    # ok: PY154
    requests.get("https://api.github.com/users/" + name, timeout=5)
    # ruleid: PY154
    requests.get(f"https://{name}/users", timeout=5)
    # ruleid: PY154
    requests.get("https://" + name + "/users", timeout=5)


def preview_v2():
    url = request.args.get("url", "")
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname or not is_public_host(parsed.hostname):
        return "url not allowed", 400
    # ok: PY154
    return requests.get(url, timeout=10).text


def preview_v3():
    url = request.args.get("url", "")
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        return "url not allowed", 400
    # ruleid: PY154
    return requests.get(url, timeout=10).text


def search_api(query):
    # `req` is an outgoing request this code prepares, not the request being handled
    req = requests.PreparedRequest()
    req.prepare_url("https://search.example.com/v1", {"q": query})
    # ok: PY154
    return requests.get(req.url, timeout=5).json()


def relay():
    req = request
    # ruleid: PY154
    return requests.get(req.args["next"], timeout=5).text
