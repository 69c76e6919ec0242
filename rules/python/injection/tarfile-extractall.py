import tarfile
import zipfile


def unpack(upload, dest):
    with tarfile.open(upload) as tar:
        # ruleid: PY114
        tar.extractall(dest)
    # ruleid: PY114
    tarfile.open(upload).extractall(dest)
    with tarfile.open(upload) as tar:
        # ok: PY114
        tar.extractall(dest, filter="data")
    with zipfile.ZipFile(upload) as zf:
        # ok: PY114
        zf.extractall(dest)
