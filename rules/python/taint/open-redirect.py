from flask import redirect, request, url_for


def login():
    nxt = request.args.get("next")
    # ruleid: PY155
    return redirect(nxt)


def logout():
    # ok: PY155
    return redirect(url_for("index"))


def back():
    target = request.args.get("next")
    target = "/"
    # ok: PY155
    return redirect(target)
