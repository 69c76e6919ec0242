import abc
from typing import Protocol, overload


# ruleid: PY701
def charge(card, amount):
    # TODO: implement
    pass


# ruleid: PY701
def refund(card, amount):
    """Refund an amount."""
    raise NotImplementedError


# ok: PY701
def test_login():
    pass


# ok: PY701
def freeze_support():
    pass


class Gateway:
    # ruleid: PY701
    def capture(self, token) -> dict:
        pass

    # ruleid: PY701
    def void(self, token):
        return None  # TODO: implement void

    # ok: PY701
    def on_event(self, event):
        pass

    # ok: PY701
    def render(self):
        raise NotImplementedError("subclasses render")

    # ok: PY701
    def compress(self, values):
        """Combine the values. Subclasses must implement this method."""
        raise NotImplementedError("Subclasses must implement this method.")

    # ok: PY701
    def close(self):
        """Nothing to release."""


# ok: PY701
def configure():
    """Configuration happens at import time."""


class Storage(abc.ABC):
    # ok: PY701
    @abc.abstractmethod
    def save(self, blob) -> str:
        ...


class StorageBase:
    # ok: PY701
    def load(self, key) -> bytes:
        raise NotImplementedError


class Readable(Protocol):
    # ok: PY701
    def read(self) -> bytes: ...


class QuotaError(Exception):
    # ok: PY701
    def __init__(self, message):
        pass


# ok: PY701
@overload
def parse(x: int) -> int: ...


# ok: PY701
def noop(*args):
    pass


def outer():
    # ok: PY701
    def ignore(*args):
        pass
    return ignore


# ok: PY701
def total(items):
    return sum(i.price for i in items)
