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

    # None is what the signature promises; the TODO is about a future feature
    @property
    # ok: PY701
    def encoder(self) -> Optional[str]:
        # TODO: let callers pass an encoder object
        return None

    # ruleid: PY701
    def decoder(self) -> Optional[str]:
        # TODO: implement decoding
        return None

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


import typing
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # signatures for the type checker: never run
    # ok: PY701
    def parse_date(value: str) -> int: ...

    class Model:
        # ok: PY701
        def __getattr__(self, attr: str) -> object: ...
else:
    from datetime import date as parse_date


@typing.overload
# ok: PY701
def coerce(value: int) -> int: ...
@typing.overload
# ok: PY701
def coerce(value: str) -> str: ...
def coerce(value):
    return value


class Visitor:
    # a visitor that skips a node kind: `Any` accepts None
    # ok: PY701
    def visit_ClassDef(self, node) -> Any:
        pass

    # ok: PY701
    def find(self, key: str) -> typing.Optional[str]:
        pass


class MemoryTool:
    # an optional operation subclasses may provide: the abstract idiom, whatever its wording
    # ok: PY701
    def clear_all(self) -> bool:
        raise NotImplementedError("clear_all not implemented")

    # ruleid: PY701
    def sync(self) -> bool:
        # TODO: implement
        raise NotImplementedError


# ruleid: PY701
def charge_card(amount: int) -> bool:
    ...


class _PendingConnection:
    # ok: PY701
    def close(self) -> None:
        """Close the placeholder."""

    # ok: PY701
    def data_received(self, chunk: bytes) -> None:
        """Implement this method to handle streamed request data."""

    # ruleid: PY701
    def flush(self) -> None:
        """Placeholder: write the buffered chunks."""

    # ruleid: PY701
    def reset(self) -> None:
        """Implement this."""
