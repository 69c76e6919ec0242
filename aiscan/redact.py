"""Masking secrets so that no output ever shows one in full.

`mask` shows at most the first four and last two characters. `scrub` is the safety net run on
every message and snippet: it masks the value a finding is about and anything else on the line
that looks like a credential, even when the finding is from a non-secret rule.
"""

from __future__ import annotations

import math
import re

ELLIPSIS = "…"

# Well-known credential shapes; the secrets rules find them precisely, this only has to mask.
_TOKEN_SHAPES = re.compile(
    r"""(?x)
    (?:sk|pk|rk)[-_](?:live|test|proj|svcacct|admin|ant)?[-_A-Za-z0-9]{16,}
  | (?:gh[pousr]|github_pat)_[A-Za-z0-9_]{20,}
  | glpat-[A-Za-z0-9_-]{20,}
  | xox[abposr]-[A-Za-z0-9-]{10,}
  | (?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}
  | AIza[0-9A-Za-z_-]{35}
  | hf_[A-Za-z0-9]{30,}
  | eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*
  | npm_[A-Za-z0-9]{36}
  | pypi-[A-Za-z0-9_-]{50,}
  | (?<=://)[^\s:/@'"]+:[^\s@/'"]+(?=@)
    """
)
# A long quoted run with high entropy, assigned to a secret-sounding name.
_NAMED_SECRET = re.compile(
    r"""(?ix)
    (?:secret|passw(?:or)?d|pwd|token|api[_-]?key|apikey|credential|private[_-]?key|auth)
    [\w.-]*["']?\s*[:=]{1,2}\s*[rbuf]?(["'`])([^"'`\s]{6,})\1
    """
)


def mask(value: str) -> str:
    """`sk-proj-abc…xyz` -> `sk-p…yz`; short values are hidden completely."""
    if len(value) >= 12:
        return f"{value[:4]}{ELLIPSIS}{value[-2:]}"
    if len(value) >= 8:
        return f"{value[:2]}{ELLIPSIS}"
    return ELLIPSIS


def entropy(value: str) -> float:
    if not value:
        return 0.0
    counts: dict[str, int] = {}
    for ch in value:
        counts[ch] = counts.get(ch, 0) + 1
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def _mask_match(m: re.Match) -> str:
    return mask(m.group(0))


def _mask_named(m: re.Match) -> str:
    value = m.group(2)
    if ELLIPSIS in value:
        return m.group(0)  # already masked by `scrub(text, secret)`: keep its 4 + 2 characters
    if entropy(value) < 2.5 and len(value) < 20:
        return m.group(0)  # a readable placeholder such as "changeme" is not worth hiding
    start, end = m.span(2)
    whole = m.group(0)
    base = m.start(0)
    return whole[: start - base] + mask(value) + whole[end - base:]


def scrub(text: str, secret: str | None = None) -> str:
    """Mask `secret` and anything credential-shaped in `text`."""
    if not text:
        return text
    if secret:
        text = text.replace(secret, mask(secret))
        for part in secret.splitlines():
            if len(part) >= 8:
                text = text.replace(part, mask(part))
    text = _TOKEN_SHAPES.sub(_mask_match, text)
    return _NAMED_SECRET.sub(_mask_named, text)
