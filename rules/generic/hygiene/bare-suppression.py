def handler(expression):
    # ruleid: GEN901
    value = compute(expression)  # aiscan: ignore
    # ruleid: GEN901
    # aiscan: ignore[]
    other = compute(expression)
    # ok: GEN901
    total = compute(expression)  # aiscan: ignore[PY101] trusted input from our config
    # ok: GEN901
    text = "a string that says # aiscan: ignore is not a comment"
    # ok: GEN901
    more = compute(expression)  # aiscan: ignore[PY101, eval-dynamic-code] two ids
    return value, other, total, text, more
