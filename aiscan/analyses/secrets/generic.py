"""Secrets without a provider prefix: a literal in a credential position.

Cheap first: `str.find` locates credential words; only there an anchored regex looks for an
assignment (`name = "v"`, `name: v`, `"name": "v"`, `$cfg['name'] = 'v'`, `NAME=v`), and a few
format-specific shapes are read (`define('NAME', 'v')`, `<password>v</password>`,
`<add key="ApiKey" value="v"/>`, Dockerfile `ENV NAME v`). `names.position` says what kind of
position the name is; `judge` decides from the value and the kind:

- password positions report any literal, short ones too (`DB_PASSWORD=admin`), except
  interpolations (`${VAR}`, `%(x)s`, `{{ var }}`), documented placeholders and example files;
- signing-key positions (`SECRET_KEY`, `JWT_SECRET`, `app.secret_key`) report any literal, a
  well-known weak default (`keyboard cat`, `changeme`) most of all;
- other secret positions (`api_key`, `GITHUB_TOKEN`) report only credential-shaped values:
  long, random-looking, not a readable phrase, an identifier or an environment variable name.
  A provider-shaped value there that its provider rule rejects as a GitHub token whose checksum
  fails, or as typed by hand, is reported anyway at low confidence, saying why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...redact import _TOKEN_SHAPES, entropy
from .examples import is_jwt_io_sample, is_published, is_truncated, is_typed_by_hand
from .names import PASSWORD, SECRET, SIGNING, position
from .validators import github_checksum, jwt_payload

# Lower-case words looked up with str.find on the lowered text: much faster than one
# case-insensitive regex over the whole file, which has to try every position.
WORDS = ("secret", "pass", "pwd", "token", "key", "credential", "auth", "salt")
# From the end of a credential word: the rest of the name, an assignment operator, the value.
REST = re.compile(
    r"(?P<tail>[\w-]{0,30})[\"'\]]{0,2}[ \t]*(?P<op>:=|=>|[!=]==?|=|:)[ \t]*"
    # `\\?` before the quotes: inside JSON strings (notebooks) quotes arrive escaped
    r"(?:(?P<pre>[rbuf]{0,2})\\?(?P<q>[\"'`])(?P<qv>[^\"'`\n]{1,300}?)\\?(?P=q)"
    r"|(?P<uv>[^\s\"'`,;#(){}\[\]]{1,300}))")
NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-$@")
# `os.getenv("DB_PASSWORD", "changeme")`, `process.env.API_TOKEN || "dev-token"`
DEFAULT = re.compile(
    r"(?i)(?:getenv|environ\.get|env\.get|os\.Getenv|System\.getenv)\(\s*[\"'](?P<name>[^\"']*(?:secret|pass|token|key)[^\"']*)"
    r"[\"']\s*,\s*[\"'](?P<qv>[^\"']+)[\"']"
    r"|process\.env\.(?P<name2>\w*(?:SECRET|PASS|TOKEN|KEY)\w*)\s*(?:\|\||\?\?)\s*[\"'](?P<qv2>[^\"']+)[\"']")
DEFINE = re.compile(r"\bdefine\(\s*[\"'](?P<name>\w+)[\"']\s*,\s*(?P<q>[\"'])(?P<qv>[^\"'\n]{1,300})(?P=q)")
XML_ELEMENT = re.compile(r"<(?P<name>[\w:.-]{0,40}(?i:pass|pwd|secret|token|key)[\w:.-]{0,40})"
                         r"(?:\s[^>\n]{0,200})?>(?P<qv>[^<\n]{1,300})</(?P=name)>")
XML_ADD = re.compile(r"<add\s+(?:name|key)\s*=\s*\"(?P<name>[^\"]{1,80})\"\s+value\s*=\s*\"(?P<qv>[^\"\n]{1,300})\"")
DOCKER_ENV = re.compile(r"^[ \t]*(?:ENV|ARG)[ \t]+(?P<name>[A-Za-z_]\w*)[ \t]+(?P<uv>[^\s=][^\n]*?)[ \t]*$",
                        re.MULTILINE)
CODE_LANGUAGES = frozenset({"python", "javascript", "typescript", "tsx", "go", "java"})
CONFIG_PREFIXES = ("", "export", "set", "env", "arg")

# documentation placeholders: in any position, never a credential
PLACEHOLDER_WORDS = frozenset("""
changeme change_me change-me changeit changethis replace_me replaceme replace-me todo fixme
tbd redacted hidden removed notset not_set unset empty none null nil true false undefined
required optional string str value placeholder yes no on off
""".split())
# readable values a person chose: a weak password or key, not a placeholder (reported)
WEAK_DEFAULTS = frozenset("""
secret password passwd pass admin root guest test testing example sample default demo dev
development local keyboard_cat keyboard-cat keyboardcat secret-key secret_key secretkey mysecret
my-secret my_secret supersecret super-secret super_secret your-secret-key your_secret_key
your-secret your_secret shhhhh shhh s3cr3t 123456 12345678 qwerty letmein welcome changeme
change_me change-me jwt_secret jwt-secret jwtsecret session_secret mysecretkey my-secret-key
""".split())
INDIRECT = re.compile(r"^(?:process\.env|os\.environ|env\(|ENV\[|getenv|\$|%|\{\{|<%|#\{|@@|!vault|!Ref|!Sub)")
# `{name}`, and an f-string / str.format field with a call, index, conversion or format spec
# (`"{random_secret()}"`, `{cfg['key']!r}`): the value is computed when the line runs
INTERPOLATION = re.compile(r"\$\{|\{\{|%\(\w*\)s|\$[A-Z_][A-Z0-9_]*\b|%[A-Z_]+%|\{\}|#\{"
                           r"|\{[A-Za-z_][\w.]*(?:\([^{}\n]*\)|\[[^{}\n]*\])*(?:![rsa])?(?::[^{}\n]*)?\}")
IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|"
                        r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")
# words: `fake-access-token`, `refreshToken`, `supersecret` (not `RkmrIpZclpePlRPK`)
PHRASE = re.compile(r"[A-Za-z]+(?:[-_. :/][A-Za-z]+)+|[a-z]+|[A-Z]+|(?:[A-Z]?[a-z]{2,})+")
HAND_TYPED = re.compile(r"(?i)0{8,}|abcdefgh|12345678|1234-1234")
VERSION = re.compile(r"[~^<>=v ]*\d+(?:\.[\dx*]+)+(?:[-+][\w.]+)?")  # "pbkdf2-password": "^1.2.1"
TRIPLE_QUOTED = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'')
EXAMPLE_FILE = re.compile(r"(?:^|[._-])(?:example|examples|sample|template|dist|tpl)(?:[._-]|$)")


@dataclass
class Verdict:
    name: str
    value: str
    start: int
    end: int
    severity: str  # "" = the rule's own
    why: str
    confidence: str = ""


def _name_start(text: str, pos: int) -> int:
    """Walk back from a credential word over name characters (bounded)."""
    limit = max(0, pos - 60)
    while pos > limit and text[pos - 1] in NAME_CHARS:
        pos -= 1
    return pos


def _line_end(text: str, pos: int) -> int:
    """End of the line, looking at most 400 characters ahead (a minified line stays linear)."""
    end = text.find("\n", pos, pos + 400)
    return min(len(text), pos + 400) if end == -1 else end


def candidates(text: str, language: str | None, path: str = ""):
    """(name, value, start, end, context, kind) for each literal in a credential-like place."""
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
                if vstart not in seen:
                    seen.add(vstart)
                    line_start = text.rfind("\n", 0, start) + 1
                    prefix = text[line_start:start]
                    if m.group("op") == "=" and prefix.rstrip().endswith(",") and \
                            not re.search(r"[(\[{]", prefix):
                        i = lowered.find(word, i + len(word))
                        continue  # `A, SECRET = "x", "y"`: the value is not this name's
                    # unquoted values count only as `KEY=value` / `key: value` lines of config
                    if group == "qv" or (language not in CODE_LANGUAGES and prefix.strip(
                            " \t-\"'").lower() in CONFIG_PREFIXES):
                        kind = "assign"
                        if group == "qv" and "f" in m.group("pre").lower():
                            kind = "formatted"  # an f-string is computed
                        elif group == "qv" and m.group("q") == "`" and "${" in m.group("qv"):
                            kind = "formatted"
                        elif group == "uv":
                            kind = "bare"
                        if m.group("op") in ("==", "===", "!=", "!=="):
                            kind = "compare" if group == "qv" else "formatted"
                        # heuristics look from the name on: `c = Client(api_key="…")` is not
                        # an indirect reference
                        context = text[start:_line_end(text, m.end())]
                        yield name, m.group(group), vstart, m.end(group), context, kind
            i = lowered.find(word, i + len(word))
    if "getenv" in lowered or "environ.get" in lowered or "env." in lowered:
        for m in DEFAULT.finditer(text):
            group = "qv" if m.group("qv") is not None else "qv2"
            name = m.group("name") or m.group("name2")
            yield name, m.group(group), m.start(group), m.end(group), m.group(0), "default"
    shapes = []
    if "define(" in text:
        shapes.append(DEFINE)
    if "</" in text:
        shapes.append(XML_ELEMENT)
    if "<add" in text:
        shapes.append(XML_ADD)
    base = path.rsplit("/", 1)[-1].lower()
    if base.startswith(("dockerfile", "containerfile")) or base.endswith(".dockerfile"):
        shapes.append(DOCKER_ENV)
    for regex in shapes:
        for m in regex.finditer(text):
            group = "qv" if "qv" in regex.groupindex else "uv"
            value = m.group(group).strip("\"'") if group == "uv" else m.group(group)
            vstart = m.start(group) + (m.group(group).find(value) if value else 0)
            if vstart not in seen:
                seen.add(vstart)
                yield m.group("name"), value, vstart, vstart + len(value), m.group(0), "assign"


COMMENT = re.compile(r"(?:^|\s)(?:#|//|/\*|\*|<!--|--|;|rem\s)", re.IGNORECASE)


# the text just before a bracket that opens an API-documentation sample: drf-spectacular's
# `OpenApiExample(...)`, `examples=[...]`, Pydantic's `Field(example=...)`, OpenAPI `"example": {`
_EXAMPLE_OPENER = re.compile(r"(?:\w*Example\s*|\bexamples?['\"]?\s*[=:]\s*)$", re.IGNORECASE)
_CLOSING = {")": "(", "]": "[", "}": "{"}


def _in_api_example(text: str, pos: int, reach: int = 4000, levels: int = 8) -> bool:
    """Whether `pos` sits inside the sample of an API schema (`OpenApiExample(value={...})`,
    `examples=[...]`): a response shown in the documentation, whose password field holds a
    sample. Brackets are counted backwards from `pos` over at most `reach` characters."""
    depth, seen = 0, 0
    for j in range(pos - 1, max(-1, pos - reach - 1), -1):
        ch = text[j]
        if ch in _CLOSING:
            depth += 1
        elif ch in "([{":
            if depth:
                depth -= 1
                continue
            if _EXAMPLE_OPENER.search(text, max(0, j - 60), j):
                return True
            seen += 1
            if seen >= levels:
                return False
    return False


def _in_comment(text: str, pos: int) -> bool:
    """Whether a comment marker opens the line before `pos` (`# SECRET_KEY = 'dev'`)."""
    line_start = text.rfind("\n", 0, pos) + 1
    prefix = text[line_start:pos]
    m = COMMENT.search(prefix)
    if m is None:
        return False
    before = prefix[:m.start()]  # the marker must not sit inside a string
    return before.count('"') % 2 == 0 and before.count("'") % 2 == 0


def is_placeholder(value: str) -> bool:
    """A stand-in anyone would recognise: `your-api-key`, `xxx`, `<TOKEN>`, `${VAR}`, `...`."""
    low = value.lower().strip()
    if not low or low in PLACEHOLDER_WORDS or low.strip("x*.-_ #?") == "":
        return True
    if INDIRECT.match(value) or INTERPOLATION.search(value) or is_truncated(value):
        return True
    if re.search(r"[<>]|\b(?:your|enter|insert|put)[-_ ]|^(?:my|some|the|a)[-_ ]", low):
        return True
    return bool(re.search(r"(?i)example|placeholder|dummy|redacted|fake|not[-_ ]a[-_ ]real|sample|"
                          r"changeme|(?:token|key|secret)here|x{5,}|\*{3,}|put your unique phrase",
                          low))


def credential_shaped(value: str, line: str) -> bool:
    """Long, random-looking (or typed by hand to look so), not words, not a name of something
    else, not a URL, a path or a UUID."""
    from detect_secrets.filters import heuristic

    if len(value) < 12 or " " in value.strip() or entropy(value) < 3.0:
        return False
    if _identifier(value) or PHRASE.fullmatch(value):
        return False  # `os.environ.X`, `ANTHROPIC_API_KEY`, `refresh_token`, `fake-access-token`
    if re.match(r"(?i)^(?:https?|file|s3|gs)://|^/|^urn:", value):
        return False  # a URL or a path: the URL rules look at credentials inside it
    if is_published(value):
        return False
    return not (heuristic.is_potential_uuid(value) or heuristic.is_likely_id_string(value, line)
                or heuristic.is_not_alphanumeric_string(value))


def _identifier(value: str) -> bool:
    """`settings.api_key`, `ANTHROPIC_API_KEY`, `refresh_token`: a name, not a value
    (`s.ZC9Ecf4M5g9o34Q6RkzGsj0z` is a Vault token, not a dotted name)."""
    return IDENTIFIER.fullmatch(value) is not None and sum(c.isdigit() for c in value) <= 2


def _hand_typed(value: str) -> bool:
    """A value typed to look like a key (`12345678ABCD…`, `xoxa-2-5111111…`): reported at low
    confidence in a credential position, never on shape alone."""
    from detect_secrets.filters import heuristic

    return bool(HAND_TYPED.search(value)) or is_typed_by_hand(value) or \
        heuristic.is_sequential_string(value)


def judge(name: str, value: str, line: str, kind: str, path: str,
          language: str | None = None) -> Verdict | None:
    """A verdict (severity, reason, confidence) for a candidate, or None when it is no secret."""
    where = position(name)
    if where is None or kind == "formatted":
        return None
    if language in CODE_LANGUAGES and re.fullmatch(r"[$@]?_*pass", name.rsplit(".", 1)[-1], re.I):
        return None  # `PASS = "✓"`, `status.pass`: a verdict, not a password (configs keep `pass`)
    value = value.strip()
    if kind == "default":
        if where != SECRET and value.lower() in WEAK_DEFAULTS:
            return Verdict(name, value, 0, 0, "low", "a default")
        if is_placeholder(value):
            return None
        return Verdict(name, value, 0, 0, "low", "a default")
    if kind == "bare" and language is None and not _config_file(path) and \
            not credential_shaped(value, line):
        return None  # prose, notebooks, docs: an unquoted word is not a config value
    if value.lower() == name.rsplit(".", 1)[-1].lower() or value.lower() in ("null", "none"):
        return None
    if kind == "compare":  # `password == "reaper"`: a credential checked against a literal
        if where == SIGNING or len(value) < 4 or is_placeholder(value) or _identifier(value) \
                or (where == SECRET and not credential_shaped(value, line)):
            return None
        return Verdict(name, value, 0, 0, "medium", "compared")
    if where == PASSWORD:
        return _password(name, value, line, language)
    if where == SIGNING:
        return _signing_key(name, value, line)
    return _secret(name, value, line)


def _password(name: str, value: str, line: str, language: str | None) -> Verdict | None:
    from detect_secrets.filters import heuristic

    if len(value) < 4 or heuristic.is_indirect_reference(line) or VERSION.fullmatch(value):
        return None
    if value.lower() in WEAK_DEFAULTS and not INDIRECT.match(value):
        return Verdict(name, value, 0, 0, "medium", "a weak password")  # `POSTGRES_PASSWORD: example`
    if is_placeholder(value):
        return None
    if re.search(r"\s", value):
        return None  # "Enter your password", a label, a sentence
    if re.search(r"^[)\]},|]|\(\.\*|\.\*\)|\(\?[=!<:]", value):
        return None  # a regex around a password (`(?<=password:")(.*)(?=")`), not a password

    if _identifier(value) and (language in CODE_LANGUAGES or "." in value):
        return None  # `PASSWORD = "db.password"`, a key name in code
    if value.lower() in WEAK_DEFAULTS or len(value) < 8:
        return Verdict(name, value, 0, 0, "medium", "a weak password")
    strong = entropy(value) >= 3.0 and len(value) >= 10
    return Verdict(name, value, 0, 0, "high" if strong else "medium", "password")


def _signing_key(name: str, value: str, line: str) -> Verdict | None:
    """Any literal signs: a default or stand-in (`changeme`, `your-secret-key-here`) is what the
    application runs with when nobody replaces it, so it is reported as a weak key."""
    low = value.lower()
    if is_published(value):
        return None
    if not low or INDIRECT.match(value) or INTERPOLATION.search(value) or is_truncated(value) \
            or low.strip("x*.-_ #?<>") == "" or re.fullmatch(r"<[^>]*>", value):
        return None
    if low in WEAK_DEFAULTS or low.replace(" ", "_") in WEAK_DEFAULTS:
        return Verdict(name, value, 0, 0, "high", "a well-known weak default key")
    if low in PLACEHOLDER_WORDS or re.search(r"(?i)redacted|hidden|removed|\*\*", value):
        return None  # `encrypt_key = no`, `"**REDACTED**"`: a setting or a mask, not a key
    if is_placeholder(value):
        return Verdict(name, value, 0, 0, "high", "a well-known weak default key")
    if len(value) < 3 or (_identifier(value) and not re.search(r"\d", value)):
        return None  # `SECRET_KEY = "SECRET_KEY"`-style names of settings
    return Verdict(name, value, 0, 0, "high", "signing key")


def _secret(name: str, value: str, line: str) -> Verdict | None:
    if is_placeholder(value):
        return None
    shape = _TOKEN_SHAPES.search(value)
    if shape is not None:
        token = shape.group(0)
        if is_placeholder(token) or is_published(token) or is_truncated(token, value[shape.end():]):
            return None
        if token.startswith("eyJ") and is_jwt_io_sample(jwt_payload(token)):
            return None
        if len(set(re.sub(r"[^A-Za-z0-9]", "", token))) < 8:
            return None  # `AIzaaaaaaaaa…`: a prefix and filler
        # its provider rule reports it when it validates; this rule only says why it did not
        if re.match(r"gh[pousr]_[A-Za-z0-9]{36}$", token) and github_checksum(token) is None:
            why = "checksum fails: test or revoked token?"
        elif _hand_typed(token):
            why = "looks hand-typed: a test value?"
        else:
            return None
        return Verdict(name, value, 0, 0, "medium", why, confidence="low")
    if not credential_shaped(value, line):
        return None
    if _hand_typed(value):
        return Verdict(name, value, 0, 0, "low", "looks hand-typed: a test value?", confidence="low")
    return Verdict(name, value, 0, 0, "high", "secret")


def _config_file(path: str) -> bool:
    base = path.rsplit("/", 1)[-1].lower()
    return base.startswith((".", "dockerfile")) or base.endswith((
        ".env", ".ini", ".cfg", ".conf", ".cnf", ".properties", ".yml", ".yaml", ".toml",
        ".json", ".xml", ".config", ".tfvars", ".tfstate", ".hcl", ".tf", "rc", ".php", ".sh"))


# weak or readable values are what a test suite uses on purpose; a real-looking one still counts
TEST_FIXTURE_REASONS = frozenset({"a weak password", "compared", "a well-known weak default key",
                                  "looks hand-typed: a test value?"})


def is_example_file(path: str) -> bool:
    """`.env.example`, `config.sample.yml`, `settings.dist.php`: templates meant for copying."""
    base = path.rsplit("/", 1)[-1].lower()
    return EXAMPLE_FILE.search(base.lstrip(".")) is not None


def looks_like_test(path: str) -> bool:
    p = "/" + path.lower()
    return any(s in p for s in ("/test/", "/tests/", "/test_", "_test.", ".test.", ".spec.",
                                "/fixtures/", "/testdata/"))


def find(text: str, language: str | None, path: str):
    found = list(candidates(text, language, path))
    if not found:
        return  # most files: no need to import detect-secrets (~0.16 s, it pulls in requests)
    from detect_secrets.filters import heuristic

    if heuristic.is_lock_file(path) or is_example_file(path):
        return
    test = looks_like_test(path)
    # docstrings show usage (`SECRET_KEY = 'development key'`): only a real-looking key counts
    docs = [m.span() for m in TRIPLE_QUOTED.finditer(text)] if language == "python" and \
        ('"""' in text or "\'\'\'" in text) else []
    examples = "xample" in text
    for name, value, start, end, line, kind in found:
        # docstrings and comments show usage (`SECRET_KEY = 'dev'`): only a real-looking key counts
        if (_in_comment(text, start) or (docs and any(a < start < b for a, b in docs)) or
                (examples and _in_api_example(text, start))) \
                and not credential_shaped(value, line):
            continue
        verdict = judge(name, value, line, kind, path, language)
        if verdict is not None:
            if test and (verdict.why in TEST_FIXTURE_REASONS or (
                    verdict.why == "signing key" and not credential_shaped(value, line))):
                continue  # `password="secret"` logs a test user in: nothing is leaked
            verdict.start, verdict.end = start, end
            if test:
                verdict.severity = "low"
            yield verdict
