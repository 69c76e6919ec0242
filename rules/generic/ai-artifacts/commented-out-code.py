import json

# ruleid: GEN713
# def load(path):
#     with open(path) as fh:
#         data = fh.read()
#     return json.loads(data)
# result = load("x.json")


# ok: GEN713
# This module reads configuration files. The loader
# accepts JSON and falls back to defaults when a key
# is missing; callers should not rely on the order
# of keys, which follows the file. Values are never
# evaluated, only parsed.
def load(path):
    # ok: GEN713
    # x = 1
    # y = 2
    # TODO: use the cache
    return json.loads(open(path).read())


TEXT = """
# a = 1
# b = 2
# c = 3
# d = 4
# e = 5
"""
