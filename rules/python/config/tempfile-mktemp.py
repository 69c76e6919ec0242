import os
import tempfile
from tempfile import mktemp as make_name


def export(report):
    # ruleid: PY502
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w") as fh:
        fh.write(report)
    # ruleid: PY502
    other = make_name()
    return path, other


def safe(report):
    # ok: PY502
    fd, path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "w") as fh:
        fh.write(report)
    # ok: PY502
    workdir = tempfile.mkdtemp()
    return path, workdir
