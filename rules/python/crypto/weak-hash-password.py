import hashlib
from hashlib import sha1


def store(user, password):
    # ruleid: PY302
    user.password_hash = hashlib.md5(password.encode()).hexdigest()
    # ruleid: PY302
    digest = sha1(user.passwd.encode("utf-8")).hexdigest()
    # ruleid: PY302
    pwd_hash = hashlib.new("sha1", salt + secret).hexdigest()
    return digest, pwd_hash


def safe(data, password, salt):
    # ok: PY302
    etag = hashlib.md5(data).hexdigest()
    # ok: PY302
    password_hash = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    # ok: PY302
    checksum = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    return etag, password_hash, checksum
