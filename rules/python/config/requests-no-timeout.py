import requests


def fetch(url, options):
    # ruleid: PY510
    a = requests.get(url)
    # ruleid: PY510
    b = requests.post(url, json={"a": 1})
    # ok: PY510
    c = requests.get(url, timeout=10)
    # ok: PY510
    d = requests.request("GET", url, timeout=(3.05, 30))
    # ok: PY510
    e = requests.get(url, **options)
    return a, b, c, d, e
