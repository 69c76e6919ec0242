"""Config loading."""
import yaml
from yaml import load
from yaml import safe_load


def read(path, text):
    with open(path) as fh:
        config = yaml.safe_load(fh)  # settings
    extra = yaml.safe_load(
        text,
    )
    docs = list(yaml.safe_load_all(text))
    plain = safe_load(text)
    # already safe: left alone
    safe = yaml.load(text, Loader=yaml.SafeLoader)
    return config, extra, docs, plain, safe
