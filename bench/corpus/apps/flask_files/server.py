import logging
import os
import shutil
import tempfile
import zipfile

from flask import Flask, abort, jsonify, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

UPLOAD_DIR = os.environ.get("UPLOAD_DIR", "/srv/uploads")
EXPORT_DIR = os.path.join(UPLOAD_DIR, "exports")
ALLOWED_EXTENSIONS = {"png", "jpg", "jpeg", "gif", "pdf", "txt", "csv"}
MAX_UPLOAD_MB = 20

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = MAX_UPLOAD_MB * 1024 * 1024
log = logging.getLogger("files")


def allowed_file(filename):
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def ensure_dirs():
    os.makedirs(UPLOAD_DIR, exist_ok=True)
    os.makedirs(EXPORT_DIR, exist_ok=True)
    # make sure the worker processes can write here too
    os.chmod(UPLOAD_DIR, 0o777)
    os.chmod(EXPORT_DIR, 0o755)


@app.route("/upload", methods=["POST"])
def upload():
    if "file" not in request.files:
        return jsonify({"error": "no file part"}), 400
    f = request.files["file"]
    if f.filename == "" or not allowed_file(f.filename):
        return jsonify({"error": "invalid file"}), 400
    filename = secure_filename(f.filename)
    dest = os.path.join(UPLOAD_DIR, filename)
    f.save(dest)
    log.info("saved upload %s", filename)
    return jsonify({"filename": filename}), 201


@app.route("/files/<path:name>")
def download(name):
    # serve a previously uploaded file
    path = os.path.join(UPLOAD_DIR, name)
    if not os.path.exists(path):
        abort(404)
    return send_file(path)


@app.route("/v2/files/<name>")
def download_v2(name):
    return send_from_directory(UPLOAD_DIR, name)


@app.route("/raw")
def raw_file():
    name = request.args.get("name", "")
    base = os.path.realpath(UPLOAD_DIR)
    target = os.path.realpath(os.path.join(base, os.path.basename(name)))
    if not target.startswith(base + os.sep):
        abort(403)
    with open(target, "rb") as fh:
        data = fh.read()
    return data, 200, {"Content-Type": "application/octet-stream"}


@app.route("/logs")
def read_log():
    logfile = request.args.get("file", "app.log")
    with open(os.path.join("/var/log/notes", logfile)) as fh:
        return "<pre>" + fh.read()[-5000:] + "</pre>"


@app.route("/export", methods=["POST"])
def export_zip():
    names = request.get_json(force=True).get("files", [])
    tmp_path = tempfile.mktemp(suffix=".zip")
    with zipfile.ZipFile(tmp_path, "w") as zf:
        for n in names:
            safe = secure_filename(n)
            full = os.path.join(UPLOAD_DIR, safe)
            if os.path.isfile(full):
                zf.write(full, arcname=safe)
    final = os.path.join(EXPORT_DIR, os.path.basename(tmp_path))
    shutil.move(tmp_path, final)
    return jsonify({"export": os.path.basename(final)})


@app.route("/thumbnail", methods=["POST"])
def thumbnail():
    f = request.files.get("image")
    if f is None:
        abort(400)
    fd, tmp_path = tempfile.mkstemp(suffix=".png")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(f.read())
        size = os.path.getsize(tmp_path)
    finally:
        os.remove(tmp_path)
    return jsonify({"bytes": size})


@app.route("/files", methods=["GET"])
def list_files():
    entries = []
    for entry in sorted(os.listdir(UPLOAD_DIR)):
        full = os.path.join(UPLOAD_DIR, entry)
        if os.path.isfile(full):
            entries.append({"name": entry, "size": os.path.getsize(full)})
    return jsonify(entries)


@app.route("/files/<name>", methods=["DELETE"])
def delete_file(name):
    target = os.path.join(UPLOAD_DIR, secure_filename(name))
    if os.path.isfile(target):
        os.remove(target)
        return "", 204
    abort(404)


if __name__ == "__main__":
    ensure_dirs()
    app.run(port=8080, debug=os.environ.get("FLASK_DEBUG") == "1")
