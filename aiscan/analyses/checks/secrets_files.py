"""SEC200: a dotenv file in the scan. Discovery already skips what .gitignore excludes, so an
`.env` that reaches a rule is one git would commit (unless the user passed --no-gitignore)."""

from __future__ import annotations

import re

from . import register

TEMPLATE_SUFFIXES = (".example", ".sample", ".template", ".dist", ".defaults", ".tpl", ".schema")
ASSIGNMENT = re.compile(r"^[ \t]*(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_.]*[ \t]*=[ \t]*\S", re.MULTILINE)


def is_env_file(path: str) -> bool:
    name = path.rsplit("/", 1)[-1].lower()
    if name.endswith(TEMPLATE_SUFFIXES):
        return False
    return name == ".env" or name.startswith(".env.") or name.endswith(".env")


@register("secrets.env-file")
def committed_env_file(ctx, rule) -> None:
    if not is_env_file(ctx.path):
        return
    m = ASSIGNMENT.search(ctx.doc.text)  # an empty or all-comment .env leaks nothing
    if m is not None:
        ctx.report(rule, span=(m.start(), m.start()), file=ctx.path.rsplit("/", 1)[-1])
