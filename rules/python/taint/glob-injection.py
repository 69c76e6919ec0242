import glob
from pathlib import Path

from flask import request


def authenticate():
    key = request.headers["X-APIKEY"]
    # ruleid: PY165
    for f in Path("/tmp/").glob("app.apikey.*." + key):
        return f.name.split(".")[2]
    # ok: PY165
    for f in Path("/tmp/").glob("app.apikey.*." + glob.escape(key)):
        return f.name.split(".")[2]
    return None


def uploads():
    user = request.args.get("user", "")
    # ruleid: PY165
    found = glob.glob(f"/srv/uploads/{user}/*")
    # ok: PY165
    listed = glob.glob("/srv/uploads/public/*")
    return found + listed
