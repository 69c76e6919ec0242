import hashlib
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def derive(password):
    # ruleid: PY308
    a = hashlib.pbkdf2_hmac("sha256", password, b"static-salt", 600_000)
    # ruleid: PY308
    b = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=b"pepper", iterations=600_000)
    salt = os.urandom(16)
    # ok: PY308
    c = hashlib.pbkdf2_hmac("sha256", password, salt, 600_000)
    # ok: PY308
    d = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600_000)
    # ok: PY308
    e = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"ctx")
    return a, b, c, d, e
