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


def fast(user, password, salt, data):
    # ruleid: PY302
    digest = hashlib.sha256(password.encode()).hexdigest()[::-1]
    # ruleid: PY302
    salted = hashlib.sha512((salt + user.password).encode("utf-8")).hexdigest()
    # ruleid: PY302
    other = hashlib.new("sha256", password.encode()).hexdigest()
    # ok: PY302
    password_digest = hashlib.sha256(data).hexdigest()
    # ok: PY302
    key = hashlib.sha256(derive(password)).digest()
    # ok: PY302
    fingerprint = hashlib.sha256(password_policy_text.encode()).hexdigest()
    return digest, salted, other, password_digest, key, fingerprint
