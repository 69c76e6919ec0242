"""SEC100: a literal in a credential position (see aiscan/analyses/secrets/generic.py)."""

from __future__ import annotations

from ...model import Severity
from . import register

MESSAGES = {
    "a default": "`{target}` falls back to a hard-coded value when the variable is unset",
    "a weak password": "`{target}` is given a hard-coded, guessable password",
    "password": "`{target}` is given a hard-coded password",
    "compared": "`{target}` is checked against a hard-coded value",
    "signing key": "`{target}` is a hard-coded signing or encryption key",
    "a well-known weak default key": "`{target}` is a well-known default key: anyone can forge "
                                     "what it signs",
    "checksum fails: test or revoked token?": "`{target}` holds a token whose provider checksum "
                                              "fails (test or revoked token?)",
    "looks hand-typed: a test value?": "`{target}` holds a credential-shaped value that looks "
                                       "hand-typed (a test value?)",
}


@register("secrets.generic-assignment")
def generic_assignment(ctx, rule) -> None:
    from ..secrets.generic import find

    from .secrets_patterns import MAX_PER_FILE

    for count, v in enumerate(find(ctx.doc.text, ctx.language, ctx.path)):
        if count >= MAX_PER_FILE:
            return
        properties = {"confidence": v.confidence} if v.confidence else None
        finding = ctx.report(rule, span=(v.start, v.end), secret=v.value,
                             message=MESSAGES.get(v.why), target=v.name, properties=properties)
        finding.severity = Severity.parse(v.severity)
