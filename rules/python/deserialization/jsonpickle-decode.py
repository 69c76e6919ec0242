import json

import jsonpickle


def load(payload):
    # ruleid: PY205
    obj = jsonpickle.decode(payload)
    # ok: PY205
    data = json.loads(payload)
    # ok: PY205
    text = jsonpickle.encode(data)
    return obj, text
