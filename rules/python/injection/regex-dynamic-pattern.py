import re

WORD = r"\w+"


def matches(prefix, line):
    # ruleid: PY113
    a = re.search(f"^{prefix}.*", line)
    # ruleid: PY113
    b = re.compile("(" + prefix + ")+$")
    # ok: PY113
    c = re.search(f"^{re.escape(prefix)}.*", line)
    # ok: PY113
    d = re.compile(WORD)
    # ok: PY113
    e = re.compile(r"^[a-z]+$")
    return a, b, c, d, e
