import requests
import httpx
from urllib.request import urlopen

# ruleid: PY703
requests.post("https://api.example.com/v1/orders", json={})
# ruleid: PY703
httpx.get(url="https://yourdomain.com/health")
# ruleid: PY703
urlopen("http://example.org")
# ok: PY703
requests.get("https://api.github.com/repos")
# ok: PY703
requests.get("https://example.company.io/api")
# ok: PY703
log("https://api.example.com/v1")
# ruleid: PY703
requests.get(url="https://api.example.com/v1/orders")
