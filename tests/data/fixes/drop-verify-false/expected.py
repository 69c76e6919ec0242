import requests

session = requests.Session()


def fetch(url, token):
    a = requests.get(url)  # internal CA, TODO
    b = session.post(url, json={"t": token}, timeout=5)
    c = requests.get(
        url,
        headers={"Authorization": token},
    )
    d = requests.get(url, verify="/etc/ssl/ca.pem")
    return a, b, c, d
