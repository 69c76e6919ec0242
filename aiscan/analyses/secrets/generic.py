"""Heuristics for secrets that have no provider prefix: a secret-sounding name given a literal.

Cheap first: `str.find` locates secret words; only there an anchored regex looks for an
assignment, and only its value goes through detect-secrets' heuristic filters (running
detect-secrets on every line would be ~25x slower than this pass). A candidate is (name, value, span, kind); `judge` decides whether
it is a secret and how severe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...redact import _TOKEN_SHAPES, entropy
from .validators import looks_fake

# Lower-case words looked up with str.find on the lowered text: much faster than one
# case-insensitive regex over the whole file, which has to try every position.
WORDS = ("secret", "passw", "pwd", "token", "key", "credential")
# From the end of a secret word: the rest of the name, an assignment operator, the value.
REST = re.compile(
    r"(?P<tail>[\w-]{0,30})[\"'\]]?[ \t]*(?::=|=>|=|:)[ \t]*"
    # `\\?` before the quotes: inside JSON strings (notebooks) quotes arrive escaped
    r"(?:[rbuf]?\\?(?P<q>[\"'`])(?P<qv>[^\"'`\n]{1,300}?)\\?(?P=q)|(?P<uv>[^\s\"'`,;#(){}\[\]]{1,300}))")
NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-$@")
SECRET_NAME = re.compile(r"(?i)secret|passw(?:or)?d|passwd|pwd|token|api[_.-]?key|apikey|"
                         r"access[_.-]?key|credentials?|private[_.-]?key")
# `os.getenv("DB_PASSWORD", "changeme")`, `process.env.API_TOKEN || "dev-token"`
DEFAULT = re.compile(
    r"(?i)(?:getenv|environ\.get|env\.get|os\.Getenv|System\.getenv)\(\s*[\"'](?P<name>[^\"']*(?:secret|pass|token|key)[^\"']*)"
    r"[\"']\s*,\s*[\"'](?P<qv>[^\"']+)[\"']"
    r"|process\.env\.(?P<name2>\w*(?:SECRET|PASS|TOKEN|KEY)\w*)\s*(?:\|\||\?\?)\s*[\"'](?P<qv2>[^\"']+)[\"']")

# names that hold something about a secret, not the secret itself
NOT_A_SECRET_NAME = re.compile(
    r"(?i)(?:url|uri|path|file|dir|name|type|field|header|env|var|prefix|len|length|count|limit|"
    r"ttl|timeout|expiry|expires|expiration|label|id|regex|pattern|endpoint|hash|placeholder|"
    r"policy|mode|format|location|kind|param|attr|key_?name|class|store|manager|provider|"
    r"required|enabled|min|max|size|validator|input|prompt|message|error|hint|help|text)$")
PLACEHOLDER_WORDS = frozenset("""
changeme change_me changeit password passwd secret token apikey api_key none null nil true false
undefined test testing example sample dummy foo bar baz admin root guest default xxx yyy todo
fixme redacted hidden removed notset not_set empty string value required optional
""".split())
INDIRECT = re.compile(r"^(?:process\.env|os\.environ|env\(|ENV\[|getenv|\$|%|\{\{|<)")
CODE_LANGUAGES = frozenset({"python", "javascript", "typescript", "tsx", "go", "java"})


@dataclass
class Verdict:
    name: str
    value: str
    start: int
    end: int
    severity: str  # "" = the rule's own
    why: str


def _name_start(text: str, pos: int) -> int:
    """Walk back from a secret word over name characters (bounded)."""
    limit = max(0, pos - 60)
    while pos > limit and text[pos - 1] in NAME_CHARS:
        pos -= 1
    return pos


def candidates(text: str, language: str | None):
    """Assignment-like candidates: `name = "value"`, `name: value`, `"name": "value"`, …"""
    lowered = text.lower()
    seen: set[int] = set()
    for word in WORDS:
        i = lowered.find(word)
        while i != -1:
            m = REST.match(text, i + len(word))
            if m is not None:
                start = _name_start(text, i)
                name = text[start:m.start("tail")] + m.group("tail")
                group = "qv" if m.group("q") else "uv"
                vstart = m.start(group)
                if vstart not in seen and SECRET_NAME.search(name):
                    seen.add(vstart)
                    line_start = text.rfind("\n", 0, start) + 1
                    prefix = text[line_start:start]
                    # unquoted values count only as `KEY=value` / `key: value` lines of config
                    if group == "qv" or (language not in CODE_LANGUAGES and prefix.strip(
                            " \t-\"'") in ("", "export", "set")):
                        line_end = text.find("\n", m.end())
                        # heuristics look from the name on: `c = Client(api_key="…")` is not
                        # an indirect reference
                        context = text[start:len(text) if line_end == -1 else line_end]
                        yield name, m.group(group), vstart, m.end(group), context, "assign"
            i = lowered.find(word, i + len(word))
    if "getenv" in lowered or "environ.get" in lowered or "env." in lowered:
        for m in DEFAULT.finditer(text):
            group = "qv" if m.group("qv") is not None else "qv2"
            name = m.group("name") or m.group("name2")
            yield name, m.group(group), m.start(group), m.end(group), m.group(0), "default"


def is_placeholder(value: str, name: str) -> bool:
    from detect_secrets.filters import heuristic

    low = value.lower().strip()
    if low in PLACEHOLDER_WORDS or low.strip("x*.-_ ") == "" or INDIRECT.match(value):
        return True
    if low == name.lower() or low.replace("-", "_") == name.lower():
        return True
    return (looks_fake(value) or heuristic.is_templated_secret(value)
            or heuristic.is_sequential_string(value) or heuristic.is_not_alphanumeric_string(value)
            or heuristic.is_potential_uuid(value) or low.startswith(("your", "my-", "my_", "enter")))


def judge(name: str, value: str, line: str, kind: str, path: str) -> tuple[str, str] | None:
    """(severity, reason) for a candidate, or None when it is not a committed secret."""
    from detect_secrets.filters import heuristic

    leaf = re.split(r"[.\[\]]", name.strip("$@"))[-1] or name
    if NOT_A_SECRET_NAME.search(leaf) or re.search(r"(?i)public|csrf|xsrf", leaf):
        return None
    if kind == "default":
        return ("low", "a placeholder default") if is_placeholder(value, leaf) else ("medium", "a default")
    if " " in value.strip() or is_placeholder(value, leaf) or _TOKEN_SHAPES.search(value):
        return None  # prose, a stand-in, or a provider key (its own rule reports it)
    if heuristic.is_likely_id_string(value, line) or heuristic.is_indirect_reference(line):
        return None
    password = re.search(r"(?i)passw|pwd", leaf) is not None
    bits = entropy(value)
    if password:
        if len(value) < 6:
            return None
        severity = "high" if bits >= 3.0 and len(value) >= 10 else "medium"
    else:
        if len(value) < 12 or bits < 3.0:
            return None
        severity = "high"
    if _looks_like_test(path):
        severity = "low"
    return severity, "password" if password else "secret"


def _looks_like_test(path: str) -> bool:
    p = "/" + path.lower()
    return any(s in p for s in ("/test/", "/tests/", "/test_", "_test.", ".test.", ".spec.", "/fixtures/", "/testdata/"))


def find(text: str, language: str | None, path: str):
    found = list(candidates(text, language))
    if not found:
        return  # most files: no need to import detect-secrets (~0.16 s, it pulls in requests)
    from detect_secrets.filters import heuristic

    if heuristic.is_lock_file(path):
        return
    for name, value, start, end, line, kind in found:
        verdict = judge(name, value, line, kind, path)
        if verdict is not None:
            yield Verdict(name, value, start, end, *verdict)
