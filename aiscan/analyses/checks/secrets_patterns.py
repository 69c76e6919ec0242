"""Provider credentials found by pattern, confirmed by a validator, reported masked.

A rule lists its shapes in `params.patterns`: `{pattern, group, validate, provider,
ignore_case}`. `group` (default 1 if the pattern has a group, else 0) is the secret itself;
it is passed as `secret=` so that it is masked in every output and only its hash is
fingerprinted. Matches that look like documentation (`EXAMPLE`, `xxxx`, `<TOKEN>`) are
dropped for every provider.
"""

from __future__ import annotations

import functools
import re

from ...model import Severity
from ..secrets.examples import is_truncated
from ..secrets.validators import VALIDATORS, looks_fake, looks_hand_typed
from . import REGEX, STRING, register


# Past this many findings of one rule in one file the file is data, not code with a leaked key;
# stopping keeps a pathological file (one huge line of look-alikes) linear.
MAX_PER_FILE = 50


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str, ignore_case: bool):
    from ...engine.regex_start import with_start_class

    flags = re.IGNORECASE if ignore_case else 0
    # searched through the whole text: the lookahead lets `re` skip positions no key starts at
    return re.compile(with_start_class(pattern, flags), flags)


def _shapes(rule):
    return rule.match["params"]["patterns"]


@register("secrets.pattern", params={"patterns": {
    "type": "array", "minItems": 1, "items": {
        "type": "object", "additionalProperties": False, "required": ["pattern"],
        "properties": {"pattern": REGEX, "group": {"type": "integer", "minimum": 0},
                       "validate": {"enum": sorted(VALIDATORS)}, "provider": STRING,
                       "ignore_case": {"type": "boolean"}}}}})
def provider_pattern(ctx, rule) -> None:
    text = ctx.doc.text
    seen: set[tuple[int, int]] = set()
    for shape in _shapes(rule):
        regex = _compiled(shape["pattern"], bool(shape.get("ignore_case")))
        group = shape.get("group", 1 if regex.groups else 0)
        validate = VALIDATORS[shape["validate"]] if shape.get("validate") else None
        for m in regex.finditer(text):
            start, end = m.span(group)
            if start < 0 or (start, end) in seen:
                continue
            value = m.group(group)
            if looks_fake(value) or is_truncated(value, text[end:end + 3]):
                continue
            severity = ""
            if validate is not None:
                severity = validate(value, text)
                if severity is None:
                    continue
            seen.add((start, end))
            if len(seen) > MAX_PER_FILE:
                return
            properties = None
            if looks_hand_typed(value):
                # `abc123…`, `5111111…`: a value typed for a test, said so at low confidence
                severity, properties = "low", {"confidence": "low",
                                               "why": "looks hand-typed: a test value?"}
            finding = ctx.report(rule, span=(start, end), secret=value,
                                 provider=shape.get("provider", ""), properties=properties)
            if severity:
                finding.severity = Severity.parse(severity)
