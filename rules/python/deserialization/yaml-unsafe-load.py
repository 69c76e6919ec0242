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


from pathlib import Path

DOCS = Path(__file__).parent / "docs"
MKDOCS = DOCS / "mkdocs.yml"


def docs_config():
    # the project's own mkdocs.yml, whose !!python/name tags need the unsafe loader: low
    # ruleid: PY201
    return yaml.unsafe_load(MKDOCS.read_text(encoding="utf-8"))


def user_config(path):
    # ruleid: PY201
    return yaml.unsafe_load(Path(path).read_text())
