from datasets import load_dataset
from transformers import AutoModel, pipeline


def load(name):
    # ruleid: PY601
    model = AutoModel.from_pretrained(name, trust_remote_code=True)
    # ruleid: PY601
    pipe = pipeline("text-generation", model=name, trust_remote_code=True)
    # ruleid: PY601
    data = load_dataset(name, trust_remote_code=True)
    return model, pipe, data


def safe(name):
    # ok: PY601
    model = AutoModel.from_pretrained(name)
    # ok: PY601
    pipe = pipeline("text-generation", model=name, trust_remote_code=False)
    return model, pipe
