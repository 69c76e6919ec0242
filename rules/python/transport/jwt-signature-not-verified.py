import jwt
from jose import jwt as jose_jwt


def user_of(token, key):
    # ruleid: PY404
    a = jwt.decode(token, options={"verify_signature": False})
    # ruleid: PY404
    b = jwt.decode(token, key, verify=False)
    # ruleid: PY404
    c = jwt.decode(token, key, algorithms=["none"])
    # ruleid: PY404
    d = jose_jwt.get_unverified_claims(token)
    # ok: PY404
    e = jwt.decode(token, key, algorithms=["RS256"], audience="my-api")
    # ok: PY404
    f = jwt.decode(token, key, algorithms=["HS256"], options={"verify_exp": True})
    # ok: PY404
    g = jwt.get_unverified_header(token)
    return a, b, c, d, e, f, g
