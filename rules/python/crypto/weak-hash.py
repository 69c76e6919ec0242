import hashlib
import hmac

from cryptography.hazmat.primitives import hashes


def sign(secret, payload, body, password):
    # ruleid: PY303
    a = hashlib.md5(secret + payload).hexdigest()
    # ruleid: PY303
    b = hashlib.sha1(payload)
    # ruleid: PY303
    c = hashlib.new("md5", payload)
    # ruleid: PY303
    d = hmac.new(secret, payload, hashlib.sha1)
    # ruleid: PY303
    e = hashes.Hash(hashes.MD5())
    # ok: PY303
    f = hashlib.md5(body, usedforsecurity=False).hexdigest()
    # ok: PY303
    g = hashlib.sha256(payload)
    # ok: PY303
    h = hmac.new(secret, payload, hashlib.sha256)
    # ok: PY303
    i = hashlib.new("sha256", payload)
    # ok: PY303
    j = hashlib.md5(password.encode())
    return a, b, c, d, e, f, g, h, i, j
