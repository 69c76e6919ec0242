"""Spreadsheet-style formula API used by the budgeting frontend."""
import ast
import math
import operator

from flask import Flask, jsonify, request

app = Flask(__name__)

SAFE_FUNCS = {"sqrt": math.sqrt, "log": math.log, "abs": abs, "round": round, "min": min, "max": max}

_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
    ast.USub: operator.neg,
}


def safe_eval(node):
    if isinstance(node, ast.Expression):
        return safe_eval(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](safe_eval(node.left), safe_eval(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](safe_eval(node.operand))
    raise ValueError("unsupported expression")


@app.route("/calc", methods=["POST"])
def calc():
    expr = request.json.get("expression", "")
    try:
        result = eval(expr, {"__builtins__": {}}, SAFE_FUNCS)
    except Exception as exc:
        return jsonify({"error": str(exc)}), 400
    return jsonify({"result": result})


@app.route("/v2/calc", methods=["POST"])
def calc_v2():
    expr = request.json.get("expression", "")
    try:
        result = safe_eval(ast.parse(expr, mode="eval"))
    except (ValueError, SyntaxError, ZeroDivisionError) as exc:
        return jsonify({"error": str(exc)}), 400
    return jsonify({"result": result})


@app.route("/parse-list", methods=["POST"])
def parse_list():
    raw = request.json.get("value", "[]")
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return jsonify({"error": "not a literal"}), 400
    if not isinstance(value, list):
        return jsonify({"error": "expected a list"}), 400
    return jsonify({"items": value, "count": len(value)})


@app.route("/constants")
def constants():
    table = eval("{'pi': 3.141592653589793, 'e': 2.718281828459045}")
    return jsonify(table)


@app.route("/rules", methods=["POST"])
def apply_rule():
    body = request.get_json(force=True)
    rule = body.get("rule", "")
    row = body.get("row", {})
    namespace = {"row": row, "math": math}
    exec(f"result = {rule}", namespace)
    return jsonify({"result": namespace.get("result")})


@app.route("/columns/<name>/sum", methods=["POST"])
def sum_column(name):
    rows = request.get_json(force=True).get("rows", [])
    total = sum(float(r.get(name, 0) or 0) for r in rows)
    return jsonify({"column": name, "sum": total})


if __name__ == "__main__":
    app.run(port=5002)
