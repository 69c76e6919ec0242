import numpy as np

# ruleid: PY204
a = np.load("features.npy", allow_pickle=True)
# ok: PY204
b = np.load("features.npy")
# ok: PY204
c = np.load("features.npy", allow_pickle=False)
