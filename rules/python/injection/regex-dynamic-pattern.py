import re

WORD = r"\w+"
VERSION_PATTERN = r"v?\d+(?:\.\d+)*"


def matches(user_prefix, query, field_name, line):
    # ruleid: PY113
    a = re.search(f"^{user_prefix}.*", line)
    # ruleid: PY113
    b = re.compile("(" + query + ")+$")
    # ok: PY113
    c = re.search(f"^{re.escape(user_prefix)}.*", line)
    # ok: PY113
    d = re.compile(WORD)
    # ok: PY113
    e = re.compile(r"^[a-z]+$")
    # ok: PY113
    f = re.compile(r"^\s*" + VERSION_PATTERN + r"\s*$")
    # ok: PY113
    g = re.compile(rf"^{field_name}\s*=")
    return a, b, c, d, e, f, g
