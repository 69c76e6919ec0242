import torch
from safetensors.torch import load_file


def restore(model, path):
    # ruleid: PY203
    state = torch.load(path)
    # ruleid: PY203
    full = torch.load(path, map_location="cpu", weights_only=False)
    # ok: PY203
    weights = torch.load(path, weights_only=True)
    # ok: PY203
    tensors = load_file("model.safetensors")
    # ok: PY203
    configured = torch.load(path, **load_options)
    return state, full, weights, tensors, configured
