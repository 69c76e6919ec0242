import base64
import pickle
import marshal
from pickle import loads as unpickle


def restore(cookie, fh):
    # ruleid: PY202
    session = pickle.loads(base64.b64decode(cookie))
    # ruleid: PY202
    state = unpickle(fh.read())
    # ruleid: PY202
    code = marshal.loads(fh.read())
    return session, state, code


def safe(obj, fh):
    # ok: PY202
    blob = pickle.dumps(obj)
    # ok: PY202
    data = json.loads(fh.read())
    return blob, data


def load_index(path, allow_dangerous_deserialization=False):
    if not allow_dangerous_deserialization:
        raise ValueError("pickle files can run code; pass allow_dangerous_deserialization=True")
    with open(path, "rb") as fh:
        # behind the caller's explicit opt-in: reported at low severity
        # ruleid: PY202
        return pickle.load(fh)
