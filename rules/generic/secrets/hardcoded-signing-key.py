# Generated fixture: random values, never real credentials.
import hmac
import os
from hashlib import sha256

import jwt
from cryptography.fernet import Fernet
from itsdangerous import URLSafeTimedSerializer

# ruleid: SEC036
SIGNING = "q7Zt2XbKp9LmW4sRv8Nc"
KEY_FROM_ENV = os.environ["JWT_KEY"]


def issue(claims):
    # ruleid: SEC036
    a = jwt.encode(claims, "secret", algorithm="HS256")
    b = jwt.encode(claims, SIGNING, algorithm="HS256")
    # ok: SEC036
    c = jwt.encode(claims, KEY_FROM_ENV, algorithm="HS256")
    # ruleid: SEC036
    d = jwt.decode(claims, key="keyboard cat", algorithms=["HS256"])
    return a, b, c, d


def mac(message):
    # ruleid: SEC036
    tag = hmac.new(b"Hx7qLp2mZr", message, sha256)
    # ruleid: SEC036
    box = Fernet("ZmFrZS1rZXktZm9yLWEtZml4dHVyZS0xMjM0NTY3OA=".encode())
    # ok: SEC036
    other = hmac.new(os.environ["MAC_KEY"].encode(), message, sha256)
    # ruleid: SEC036
    links = URLSafeTimedSerializer("p9Xq2Lm7Tz4Kw8Rb3Vn6")
    # ok: SEC036
    safe = URLSafeTimedSerializer(os.environ["LINK_KEY"])
    return tag, box, other, links, safe


def cram(self, challenge):
    # ok: SEC036
    return hmac.HMAC(self.password.encode("ascii"), challenge, "md5").hexdigest()
