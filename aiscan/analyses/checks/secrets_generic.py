"""SEC100: a literal assigned to a secret-sounding name (see aiscan/secrets/generic.py)."""

from __future__ import annotations

from ...model import Severity
from . import register


@register("secrets.generic-assignment")
def generic_assignment(ctx, rule) -> None:
    from ..secrets.generic import find

    from .secrets_patterns import MAX_PER_FILE

    for count, v in enumerate(find(ctx.doc.text, ctx.language, ctx.path)):
        if count >= MAX_PER_FILE:
            return
        message = None
        if v.why in ("a placeholder default", "a default"):
            message = "`{target}` falls back to a hard-coded value when the variable is unset"
        finding = ctx.report(rule, span=(v.start, v.end), secret=v.value, message=message,
                             target=v.name)
        finding.severity = Severity.parse(v.severity)
