from flask import make_response


def login(token, remember, options):
    response = make_response("ok")
    if remember:
        # ruleid: PY475
        response.set_cookie("session", token, max_age=30 * 24 * 60 * 60)
    # ruleid: PY475
    response.set_cookie(key="remember_token", value=token)
    # ok: PY475
    response.set_cookie("session", token, secure=True, httponly=True, samesite="Lax")
    # ok: PY475
    response.set_cookie("session", token, httponly=True)
    # ok: PY475
    response.set_cookie("theme", "dark")
    # ok: PY475
    response.set_cookie("session", "", expires=0)
    # ok: PY475
    response.set_cookie("session_id", None)
    # ok: PY475
    response.set_cookie("session", value="")
    # ok: PY475
    response.set_cookie("session", token, **options)
    return response
