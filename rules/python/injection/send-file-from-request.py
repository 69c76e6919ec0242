import os

from flask import request, send_file, send_from_directory
from werkzeug.utils import secure_filename


def download():
    # ruleid: PY109
    return send_file(request.args["name"])


def download_post():
    # ruleid: PY109
    return send_file(path=request.form.get("file"))


def joined():
    # ruleid: PY109
    return send_file(os.path.join("uploads", request.args["name"]))


def joined_safe():
    # ok: PY109
    return send_file(os.path.join("uploads", secure_filename(request.args["name"])))


def safe():
    # ok: PY109
    send_from_directory("downloads", request.args["name"])
    # ok: PY109
    return send_file("static/report.pdf")


def by_id(files):
    # ok: PY109
    return send_file(files[request.args["id"]])
