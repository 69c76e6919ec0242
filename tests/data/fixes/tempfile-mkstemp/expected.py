import os
import tempfile


def export(report):
    fd, path = tempfile.mkstemp(suffix=".csv")  # scratch file
    os.close(fd)
    with open(path, "w") as fh:
        fh.write(report)
    return upload(path)


def make_dir():
    # mkstemp would create a file where a directory is wanted: left for a human
    where = tempfile.mktemp()
    os.mkdir(where)
    return where
