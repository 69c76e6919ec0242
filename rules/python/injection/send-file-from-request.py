from flask import request, send_file, send_from_directory


def download():
    # ruleid: PY109
    return send_file(request.args["name"])


def download_post():
    # ruleid: PY109
    return send_file(path=request.form.get("file"))


def safe():
    # ok: PY109
    send_from_directory("downloads", request.args["name"])
    # ok: PY109
    return send_file("static/report.pdf")


def by_id(files):
    # ok: PY109
    return send_file(files[request.args["id"]])
