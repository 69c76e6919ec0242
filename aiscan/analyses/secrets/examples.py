"""Values that have the shape of a credential but are not one: published documentation
examples, keys cut short in pasted text, and stand-ins typed by hand (`abc123…xyz`, `5555…`).

Only structure and values that their vendors publish in their own documentation are listed
here; a value is never dropped because it appeared in a benchmark.
"""

from __future__ import annotations

import re

# Keys that vendors print in their documentation for everyone to copy: they open no account.
PUBLISHED_EXAMPLES = frozenset({
    "AKIAIOSFODNN7EXAMPLE",                       # AWS docs
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",   # AWS docs
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",           # Stripe API reference
    "pk_test_TYooMQauvdEDq54NiTphI7jx",           # Stripe API reference
    "sk_test_BQokikJOvBiI2HlWgH4olfQ2",           # Stripe docs (older)
    "pk_test_6pRNASCoBOKtIshFeQd4XMUh",           # Stripe docs (older)
    "ghp_16C7e42F292c6912E7710c838347Ae178B4a",   # GitHub docs
    "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy",  # Slack API docs
})
# jwt.io's default token, whatever secret re-signed it: its payload is the same
JWT_IO_PAYLOADS = (
    {"sub": "1234567890", "name": "John Doe", "iat": 1516239022},
    {"sub": "1234567890", "name": "John Doe", "admin": True, "iat": 1516239022},
    {"sub": "1234567890", "name": "John Doe", "admin": True},
)

TRUNCATED = re.compile(r"\.{3}|…|[xX*]{4,}$")
_RUN = re.compile(r"(.)\1{3,}")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_DIGITS = "0123456789"


def is_published(value: str) -> bool:
    return value in PUBLISHED_EXAMPLES


def is_jwt_io_sample(payload: dict | None) -> bool:
    return payload is not None and any(payload == p for p in JWT_IO_PAYLOADS)


def is_truncated(value: str, after: str = "") -> bool:
    """`sk-proj-e3sZ...`, `ghp_AbC…`, `AKIA****`: a key cut short for display."""
    return bool(TRUNCATED.search(value)) or after.startswith(("...", "…", "***"))


def is_typed_by_hand(value: str) -> bool:
    """Runs a random generator practically never emits: `aaaaaa`, two runs of four equal
    characters (`5555555dAAAAA`), six letters or digits in alphabetical order (`klmnop`),
    or a short unit repeated (`123123123123`)."""
    runs = [m.group(0) for m in _RUN.finditer(value)]
    if any(len(r) >= 6 for r in runs) or len(runs) >= 2:
        return True
    low = value.lower()
    for i in range(len(low) - 5):
        chunk = low[i:i + 6]
        if chunk in _ALPHABET or chunk in _DIGITS:
            return True
    return re.search(r"(.{2,4})\1{3,}", value) is not None
