"""Example:

```python
print("in a docstring: fine")
```
"""
# ok: GEN712
# ```python
# ruleid: GEN712
```python
def add(a, b):
    return a + b
# ruleid: GEN712
```
