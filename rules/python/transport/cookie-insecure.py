def login(resp, sid, theme):
    # ruleid: PY406
    resp.set_cookie("session", sid, secure=False)
    # ruleid: PY406
    resp.set_cookie("session", sid, secure=True, httponly=False)
    # ok: PY406
    resp.set_cookie("session", sid, secure=True, httponly=True, samesite="Lax")
    # ok: PY406
    resp.set_cookie("theme", theme)
    return resp


# ruleid: PY406
SESSION_COOKIE_SECURE = False
# ok: PY406
CSRF_COOKIE_SECURE = True
# ok: PY406
SESSION_COOKIE_SAMESITE = False
# ruleid: PY406
app.config["SESSION_COOKIE_SECURE"] = False
# ruleid: PY406
app.config.update(SESSION_COOKIE_SECURE=False)
# ok: PY406
app.config["SESSION_COOKIE_SECURE"] = True
