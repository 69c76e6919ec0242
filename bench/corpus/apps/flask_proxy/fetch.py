"""Link preview service: fetches a URL and extracts title / description / image."""
import ipaddress
import os
import socket
from urllib.parse import urlparse

import requests
from bs4 import BeautifulSoup
from flask import Flask, jsonify, request
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins="*", supports_credentials=True)

USER_AGENT = "LinkPreviewBot/1.0"
ALLOWED_IMAGE_HOSTS = {"images.unsplash.com", "cdn.example-media.com"}
INTERNAL_API = os.environ.get("INTERNAL_API", "https://internal.example.local")
CA_BUNDLE = os.environ.get("CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")


def extract_meta(html: str) -> dict:
    soup = BeautifulSoup(html, "html.parser")

    def meta(prop):
        tag = soup.find("meta", property=prop) or soup.find("meta", attrs={"name": prop})
        return tag["content"] if tag and tag.has_attr("content") else None

    return {
        "title": meta("og:title") or (soup.title.string if soup.title else None),
        "description": meta("og:description") or meta("description"),
        "image": meta("og:image"),
    }


def is_public_host(hostname: str) -> bool:
    try:
        for info in socket.getaddrinfo(hostname, None):
            ip = ipaddress.ip_address(info[4][0])
            if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved:
                return False
    except socket.gaierror:
        return False
    return True


@app.route("/preview")
def preview():
    url = request.args.get("url", "")
    if not url.startswith(("http://", "https://")):
        return jsonify({"error": "invalid url"}), 400
    resp = requests.get(url, headers={"User-Agent": USER_AGENT}, timeout=10)
    return jsonify(extract_meta(resp.text))


@app.route("/v2/preview")
def preview_v2():
    url = request.args.get("url", "")
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname or not is_public_host(parsed.hostname):
        return jsonify({"error": "url not allowed"}), 400
    resp = requests.get(url, headers={"User-Agent": USER_AGENT}, timeout=10, allow_redirects=False)
    return jsonify(extract_meta(resp.text))


@app.route("/image")
def proxy_image():
    src = request.args.get("src", "")
    host = urlparse(src).hostname
    if host not in ALLOWED_IMAGE_HOSTS:
        return jsonify({"error": "host not allowed"}), 400
    r = requests.get(src, timeout=10, stream=True)
    return r.raw.read(), r.status_code, {"Content-Type": r.headers.get("Content-Type", "image/jpeg")}


@app.route("/status")
def upstream_status():
    # internal API uses a self-signed cert in staging
    r = requests.get(f"{INTERNAL_API}/health", timeout=5, verify=False)
    return jsonify({"upstream": r.status_code})


@app.route("/status/v2")
def upstream_status_v2():
    r = requests.get(f"{INTERNAL_API}/health", timeout=5, verify=CA_BUNDLE)
    return jsonify({"upstream": r.status_code})


@app.route("/oembed")
def oembed():
    provider = request.args.get("provider", "")
    target = request.args.get("url", "")
    endpoint = f"https://{provider}/oembed"
    r = requests.get(endpoint, params={"url": target, "format": "json"}, timeout=10, verify=True)
    return jsonify(r.json())


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "5001")))
