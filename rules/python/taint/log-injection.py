import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    # ruleid: PY164
    logger.info("login failed for " + user)
    # ruleid: PY164
    logging.warning("login failed for %s", user)
    # ok: PY164
    logger.info("login failed for %r", user.replace("\n", ""))
    # ok: PY164
    logger.info("login failed")
    return "no"
