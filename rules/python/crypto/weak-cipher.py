from Crypto.Cipher import AES, ARC4, DES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt(key, iv, nonce):
    # ruleid: PY304
    a = Cipher(algorithms.TripleDES(key), modes.CBC(iv))
    # ruleid: PY304
    b = DES.new(key, DES.MODE_CBC, iv)
    # ruleid: PY304
    c = ARC4.new(key)
    # ok: PY304
    d = Cipher(algorithms.AES(key), modes.GCM(iv))
    # ok: PY304
    e = AES.new(key, AES.MODE_GCM, nonce=nonce)
    return a, b, c, d, e
