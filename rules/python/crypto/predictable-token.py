import base64
import hashlib
import hmac
import time
from datetime import datetime

KEY = b"k"


def login(username, email):
    # ruleid: PY474
    session_token = base64.b64encode(f"{username}:{datetime.now()}".encode()).decode()
    # ruleid: PY474
    reset_token = hashlib.md5(f"{email}:{time.time()}".encode()).hexdigest()
    # ok: PY474
    signed_token = hmac.new(KEY, f"{username}:{time.time()}".encode(), "sha256").hexdigest()
    # ok: PY474
    token_expires = time.time() + 3600
    # ok: PY474
    payload = {"exp": time.time() + 3600, "sub": username}
    # ok: PY474
    started = datetime.now().isoformat()
    return session_token, reset_token, signed_token, token_expires, payload, started
