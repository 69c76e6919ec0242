"""Config loading."""
import yaml
from yaml import load


def read(path, text):
    with open(path) as fh:
        config = yaml.load(fh, Loader=yaml.FullLoader)  # settings
    extra = yaml.load(
        text,
        Loader=yaml.Loader,
    )
    docs = list(yaml.load_all(text))
    plain = load(text)
    # already safe: left alone
    safe = yaml.load(text, Loader=yaml.SafeLoader)
    return config, extra, docs, plain, safe
