import logging
import traceback

from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/items")
def items():
    try:
        return load_items()
    except Exception as e:
        # ruleid: PY162
        return jsonify({"error": str(e)}), 500


@app.route("/orders")
def orders():
    try:
        return load_orders()
    except Exception as e:
        log.exception("loading orders failed")
        # ok: PY162
        return jsonify({"error": "internal error"}), 500


@app.route("/debug")
def debug():
    try:
        return load_items()
    except ValueError:
        # ruleid: PY162
        return traceback.format_exc(), 500


@app.route("/report")
def report():
    try:
        return load_items()
    except ValueError as exc:
        log.warning("bad report: %s", exc)
        # ok: PY162
        return "bad request", 400
