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


MIRROR_BASE = "https://mirror.example.org"


def mirror_url():
    # the host is the module constant: the request picks only the path (partial SSRF)
    _, _, rest = request.full_path.partition("/mirror/")
    return MIRROR_BASE + "/" + rest


def mirror_host_url():
    return "https://" + request.args.get("host", "") + "/feed"


def mirror_proxy():
    # ok: PY154
    upstream = requests.request("GET", url=mirror_url(), timeout=5)
    # ruleid: PY154
    other = requests.request("GET", url=mirror_host_url(), timeout=5)
    page = request.args.get("page", "")
    target = f"{MIRROR_BASE}/pages/{page}"
    # ok: PY154
    requests.get(target, timeout=5)
    target = f"https://{page}/pages"
    # ruleid: PY154
    requests.get(target, timeout=5)
    return upstream.text + other.text


def is_api_base_safe(url):
    host = urlparse(url).hostname or ""
    return (host not in ("localhost", "127.0.0.1"), "private host") if host else (False, "no host")


def is_valid_api_base(url):
    return url.startswith(("http://", "https://"))


def list_remote_models():
    base = request.args.get("api_base", "")
    ok, reason = is_api_base_safe(base)
    if not ok:
        return reason, 400
    # ok: PY154
    return requests.get(base + "/models", timeout=5).text


def list_remote_models_shape_only():
    base = request.args.get("api_base", "")
    ok = is_valid_api_base(base)
    if not ok:
        return "bad url", 400
    # ruleid: PY154
    return requests.get(base + "/models", timeout=5).text


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
