import os

from flask import request, send_file
from werkzeug.utils import secure_filename

UPLOADS = "/srv/uploads"


def download():
    name = request.args["name"]
    # ruleid: PY153
    return send_file(os.path.join(UPLOADS, name))


def read():
    path = request.json["path"]
    # ruleid: PY153
    with open(path) as fh:
        return fh.read()


def safe_download():
    name = os.path.basename(request.args["name"])
    # ok: PY153
    return send_file(os.path.join(UPLOADS, name))


def safe_upload():
    f = request.files["doc"]
    # ok: PY153
    with open(os.path.join(UPLOADS, secure_filename(f.filename)), "wb") as out:
        out.write(f.read())
    # ok: PY153
    return open(os.path.join(UPLOADS, "index.txt")).read()
