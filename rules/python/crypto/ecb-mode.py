from Crypto.Cipher import AES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt(key, iv):
    # ruleid: PY305
    a = AES.new(key, AES.MODE_ECB)
    # ruleid: PY305
    b = Cipher(algorithms.AES(key), modes.ECB())
    # ok: PY305
    c = AES.new(key, AES.MODE_GCM)
    # ok: PY305
    d = Cipher(algorithms.AES(key), modes.CBC(iv))
    return a, b, c, d
