import httpx
import requests


def fetch(url, session):
    # ruleid: PY401
    r = requests.get(url, verify=False)
    # ruleid: PY401
    session.post(url, json={}, verify=False)
    # ruleid: PY401
    client = httpx.Client(verify=False)
    return r, client


def safe(url, session):
    # ok: PY401
    r = requests.get(url, timeout=10)
    # ok: PY401
    session.post(url, verify=True)
    # ok: PY401
    requests.get(url, verify="/etc/ssl/certs/internal-ca.pem")
    return r
