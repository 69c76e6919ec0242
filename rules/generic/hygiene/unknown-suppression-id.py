def serve(app, expression):
    # ruleid: GEN903
    app.run(host="0.0.0.0")  # aiscan: ignore[PY5O7] runs in a container
    # ruleid: GEN903
    # aiscan: ignore[bind-all-interface] the name lost its last letter
    app.run(host="0.0.0.0")
    # ok: GEN903
    app.run(host="0.0.0.0")  # aiscan: ignore[PY507] runs in a container
    # ok: GEN903
    app.run(host="0.0.0.0")  # aiscan: ignore[py507] ids match in any case
    # ok: GEN903
    app.run(host="0.0.0.0")  # aiscan: ignore[bind-all-interfaces] by name
    # ok: GEN903
    value = eval(expression)  # aiscan: ignore[PY101, eval-dynamic-code] two known ids
    # ok: GEN903
    text = "a string that mentions # aiscan: ignore[NOPE1] is not a comment"
    return value, text
