import json
import os
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
HERE = os.path.dirname(__file__)


@app.route("/plugin", methods=["POST"])
def save_plugin():
    code = request.form.get("code")
    target = os.path.join(HERE, "plugins/user_plugin.py")
    f = open(target, "w")
    # ruleid: PY166
    f.write(code)
    f.close()
    with open(os.path.join(HERE, f"templates/posts/{1}.html"), "w+") as page:
        # ruleid: PY166
        page.write("{% extends 'base.html' %}" + request.form["body"])
    # ruleid: PY166
    Path(HERE, "hooks/on_save.py").write_text(request.form["hook"])
    return "ok"


@app.route("/note", methods=["POST"])
def save_note():
    with open(os.path.join(HERE, "data/notes.json"), "w") as out:
        # ok: PY166
        out.write(json.dumps({"text": request.form["text"]}))
    with open(os.path.join(HERE, "plugins/user_plugin.py")) as src:
        listing = src.read()
    log = open("app.log", "a")
    # ok: PY166
    log.write(request.form["text"])
    page = open(os.path.join(HERE, "templates/static.html"), "w")
    # ok: PY166
    page.write("<p>fixed</p>")
    return listing
