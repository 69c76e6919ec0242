import os

from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt(key):
    # ruleid: PY307
    a = AES.new(key, AES.MODE_CBC, b"0123456789abcdef")
    # ruleid: PY307
    b = AES.new(key, AES.MODE_GCM, nonce=b"fixednonce12")
    # ruleid: PY307
    c = Cipher(algorithms.AES(key), modes.CBC(b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"))
    iv = os.urandom(16)
    # ok: PY307
    d = AES.new(key, AES.MODE_CBC, iv)
    # ok: PY307
    e = Cipher(algorithms.AES(key), modes.CBC(iv))
    # ok: PY307
    f = AES.new(key, AES.MODE_GCM)
    return a, b, c, d, e, f
