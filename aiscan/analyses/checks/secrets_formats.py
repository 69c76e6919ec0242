"""Secrets placed by a file format (see aiscan/analyses/secrets/formats.py) and files that are
secrets in themselves: keystores and Rails master keys, reported by name with no content."""

from __future__ import annotations

import re

from ...model import Severity
from ...pipeline.reading import KEYSTORE_EXTENSIONS
from . import register
from .secrets_patterns import MAX_PER_FILE

READER_NAMES = ["browser", "docker", "hashes", "kubernetes", "netrc", "pgpass", "registry", "sql"]


@register("secrets.format", params={"readers": {
    "type": "array", "minItems": 1, "items": {"enum": READER_NAMES}}})
def format_credential(ctx, rule) -> None:
    from ..secrets.formats import READERS

    count = 0
    for reader in rule.match["params"]["readers"]:
        for hit in READERS[reader](ctx.doc.text, ctx.path):
            if hit.value:
                finding = ctx.report(rule, span=(hit.start, hit.end), secret=hit.value,
                                     what=hit.what)
            else:  # a whole file of secrets: the finding names it and shows nothing of it
                finding = ctx.report(rule, span=(hit.start, hit.start), what=hit.what)
                finding.snippet = ""
            if hit.severity:
                finding.severity = Severity.parse(hit.severity)
            count += 1
            if count >= MAX_PER_FILE:
                return


MASTER_KEY = re.compile(r"\A\s*[0-9a-f]{32}\s*\Z")
COMMENT_LINES = re.compile(r"\A(?:[ \t]*(?:#|//)[^\n]*\n)*")


def _body(text: str) -> tuple[int, str]:
    """Where a file's content starts after leading comment lines, and that content."""
    start = COMMENT_LINES.match(text).end()
    return start, text[start:]


@register("secrets.secret-file")
def secret_file(ctx, rule) -> None:
    """A keystore (`.p12`, `.pfx`, `.jks`…) or a Rails `master.key` / `credentials/*.key`."""
    path = ctx.path.lower()
    name = path.rsplit("/", 1)[-1]
    if path.endswith(KEYSTORE_EXTENSIONS):
        what = "a keystore (private keys and certificates)"
    elif (name.endswith("master.key") or (path.endswith(".key") and "/credentials/" in "/" + path)) \
            and MASTER_KEY.match(_body(ctx.doc.text)[1]):
        what = "a Rails master key (decrypts config/credentials.yml.enc)"
    else:
        return
    start = _body(ctx.doc.text)[0]
    finding = ctx.report(rule, span=(start, start), what=what, file=name)
    finding.snippet = ""  # the file is the secret: nothing of it is shown
