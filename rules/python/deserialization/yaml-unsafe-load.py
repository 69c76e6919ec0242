import yaml
from yaml import Loader, SafeLoader


def load(data, path):
    # ruleid: PY201
    a = yaml.load(data)
    # ruleid: PY201
    b = yaml.load(data, Loader=Loader)
    # ruleid: PY201
    c = yaml.load(data, yaml.UnsafeLoader)
    # ruleid: PY201
    d = yaml.unsafe_load(data)
    return a, b, c, d


def safe(data):
    # ok: PY201
    a = yaml.safe_load(data)
    # ok: PY201
    b = yaml.load(data, Loader=SafeLoader)
    # ok: PY201
    c = yaml.load(data, Loader=yaml.CSafeLoader)
    # ok: PY201
    d = json.load(data)
    return a, b, c, d
