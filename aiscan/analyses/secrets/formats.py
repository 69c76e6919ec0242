"""Credentials whose place is set by a file format rather than by a variable name: `.netrc`,
`.pgpass`, `.npmrc` / `.yarnrc.yml`, docker `config.json`, Kubernetes Secrets and kubeconfigs,
`.htpasswd` / shadow files, SQL dumps and browser password exports.

Each reader takes the document text (and its path) and yields `Hit`s: the span of the value,
the value itself (so that it is masked and only its hash fingerprinted) and what it is. Base64
values are decoded to check their shape (`user:password`, a PEM key) — never printed.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from .generic import is_placeholder, looks_like_test


@dataclass
class Hit:
    start: int
    end: int
    value: str
    what: str
    severity: str = ""


def basename(path: str) -> str:
    return path.rsplit("/", 1)[-1].lower()


def _b64(value: str) -> str | None:
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
        return raw.decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


def _user_pass(decoded: str | None) -> bool:
    """`user:password` with both parts printable and a password that is not a placeholder."""
    if not decoded or ":" not in decoded or not decoded.isprintable():
        return False
    user, _, password = decoded.partition(":")
    return bool(user) and len(password) >= 3 and not is_placeholder(password)


# -- .netrc / _netrc: `machine host login user password secret` ---------------------------------
NETRC_PASSWORD = re.compile(r"(?:^|\s)(?:password|passwd|account)[ \t]+(\S+)")


def netrc(text: str, path: str):
    name = basename(path)
    if not (name in ("netrc", "_netrc") or name.endswith(".netrc")):
        return
    for m in NETRC_PASSWORD.finditer(text):
        if not is_placeholder(m.group(1)):
            yield Hit(m.start(1), m.end(1), m.group(1), "a .netrc password")


# -- .pgpass: `hostname:port:database:username:password` -----------------------------------------
def pgpass(text: str, path: str):
    name = basename(path)
    if not (name in ("pgpass", "pgpass.conf") or name.endswith(".pgpass")):
        return
    offset = 0
    for line in text.split("\n"):
        if line.strip() and not line.lstrip().startswith("#"):
            fields = re.split(r"(?<!\\):", line)
            if len(fields) >= 5:
                password = ":".join(fields[4:])
                start = offset + len(line) - len(password)
                if password and password != "*" and not is_placeholder(password):
                    yield Hit(start, start + len(password), password, "a .pgpass password")
        offset += len(line) + 1


# -- .npmrc / .yarnrc.yml ------------------------------------------------------------------------
NPMRC = re.compile(r"(?m)(?:^|:)(?P<key>_auth|_authToken|_password)[ \t]*=[ \t]*[\"']?(?P<v>[^\s\"']+)")
YARNRC = re.compile(r"(?m)\b(?P<key>npmAuthToken|npmAuthIdent|npmPassword)[ \t]*:[ \t]*[\"']?(?P<v>[^\s\"']+)")


def registry_auth(text: str, path: str):
    name = basename(path)
    if name.endswith("npmrc"):
        regex = NPMRC
    elif name.endswith((".yarnrc", ".yarnrc.yml", ".yarnrc.yaml")):
        regex = YARNRC
    else:
        return
    for m in regex.finditer(text):
        key, value = m.group("key"), m.group("v")
        if is_placeholder(value):
            continue
        if key == "_auth":
            if not _user_pass(_b64(value)):
                continue
            what = "a base64 `user:password` registry login (`_auth`)"
        elif key in ("_password", "npmPassword"):
            decoded = _b64(value)
            if decoded is None or not decoded.isprintable() or len(decoded) < 3:
                continue
            what = f"a base64 registry password (`{key}`)"
        elif key == "npmAuthIdent":
            if not (_user_pass(value) or _user_pass(_b64(value))):
                continue
            what = "a registry login (`npmAuthIdent`)"
        else:
            if len(value) < 16:
                continue
            what = f"a registry token (`{key}`)"
        yield Hit(m.start("v"), m.end("v"), value, what)


# -- docker config.json / .dockercfg: `"auth": base64(user:password)` ----------------------------
DOCKER_AUTH = re.compile(r"\"auth\"[ \t]*:[ \t]*\"(?P<v>[A-Za-z0-9+/=]{8,1024})\"")


def docker_auth(text: str, path: str):
    if '"auth"' not in text:
        return
    for m in DOCKER_AUTH.finditer(text):
        if _user_pass(_b64(m.group("v"))):
            yield Hit(m.start("v"), m.end("v"), m.group("v"),
                      "a base64 `user:password` registry login (`auth`)")


# -- Kubernetes: Secret data/stringData, kubeconfig key data -------------------------------------
KUBE_KEY_DATA = re.compile(r"(?m)^[ \t]*(?:client-key-data|client-key|private-key-data)[ \t]*:[ \t]*[\"']?(?P<v>[A-Za-z0-9+/=]{40,})")
SECRET_KIND = re.compile(r"(?m)^kind:[ \t]*[\"']?Secret[\"']?[ \t]*$")
SECTION = re.compile(r"(?m)^(?P<indent>[ \t]*)(?P<section>data|stringData):[ \t]*$")
ENTRY = re.compile(r"(?P<indent>[ \t]+)(?P<key>[\w.-]+):[ \t]*(?P<v>\S[^\n]*)?$")


def kubernetes(text: str, path: str):
    if "client-key-data" in text or "private-key-data" in text:
        for m in KUBE_KEY_DATA.finditer(text):
            decoded = _b64(m.group("v"))
            if decoded and "PRIVATE KEY" in decoded:
                yield Hit(m.start("v"), m.end("v"), m.group("v"),
                          "a kubeconfig client private key (`client-key-data`)", "critical")
    if "Secret" not in text or not SECRET_KIND.search(text):
        return
    for doc_start, doc in _yaml_documents(text):
        if not SECRET_KIND.search(doc):
            continue
        for section in SECTION.finditer(doc):
            yield from _secret_entries(doc, doc_start, section)


def _yaml_documents(text: str):
    start = 0
    for m in re.finditer(r"(?m)^---[ \t]*$", text):
        yield start, text[start:m.start()]
        start = m.end()
    yield start, text[start:]


def _secret_entries(doc: str, base: int, section: re.Match):
    outer = len(section.group("indent"))
    pos = section.end() + 1
    for line in doc[pos:].split("\n"):
        if line.strip() and not line.lstrip().startswith("#"):
            m = ENTRY.match(line)
            if m is None or len(m.group("indent")) <= outer:
                break
            value = (m.group("v") or "").strip().strip("\"'")
            if value and value not in ("|", ">") and not is_placeholder(value):
                if section.group("section") == "data":
                    decoded = _b64(value)
                    ok = decoded is not None and decoded.strip() and not is_placeholder(decoded)
                else:
                    ok = True
                if ok:
                    start = base + pos + line.index(value, m.start("v"))
                    yield Hit(start, start + len(value), value,
                              f"a Kubernetes Secret value (`{m.group('key')}`)")
        pos += len(line) + 1


# -- password hashes: .htpasswd, /etc/shadow, SQL dumps ------------------------------------------
HASH = (r"(?:(?:pbkdf2|scrypt)(?::[\w]+)+\$[^$'\"\s]{1,64}\$[A-Fa-f0-9]{32,256}"  # werkzeug
        r"|(?:pbkdf2_sha\d+|bcrypt_sha256|argon2|scrypt)\$[^'\"\s]{20,300}"  # Django
        r"|\$(?:1|2[abxy]?|5|6|apr1|y|7|argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha\d+)?|sha1|md5)\$"
        r"[./A-Za-z0-9$=,+-]{16,200}|\{(?:SHA|SSHA|SHA256|SSHA256|SHA512|SSHA512)\}[A-Za-z0-9+/]{20,120}=*)")
USER_HASH = re.compile(r"(?m)^[A-Za-z0-9_.@-]{1,64}:(?P<v>" + HASH + r")(?=:|\s|$)")
QUOTED_HASH = re.compile(r"[\"'](?P<v>" + HASH + r")[\"']")
HASH_FILES = (".htpasswd", "htpasswd", "shadow", "shadow-", "passwd", ".passwd", "users.htpasswd")


def password_hashes(text: str, path: str):
    name = basename(path)
    if name in HASH_FILES or name.endswith((".htpasswd", ".shadow")):
        for m in USER_HASH.finditer(text):
            yield Hit(m.start("v"), m.end("v"), m.group("v"), "a password hash")
    elif name.endswith(".sql") and "INSERT" in text.upper() and not looks_like_test(path):
        # a dump under tests/ is fixture data: its hashes are of passwords made up for the test
        for m in QUOTED_HASH.finditer(text):
            yield Hit(m.start("v"), m.end("v"), m.group("v"), "a password hash in SQL data")


# -- SQL dumps: INSERT INTO users (…, password, …) VALUES (…, 'plain', …) -------------------------
INSERT = re.compile(r"(?is)INSERT\s+INTO\s+[`\"\[]?\w+[`\"\]]?\s*\((?P<cols>[^)]{1,500})\)\s*VALUES\s*"
                    r"(?P<rows>(?:\((?:[^()'\"]|'(?:[^'\\]|\\.|'')*'|\"[^\"]*\"){1,2000}\)\s*,?\s*){1,200})")
ROW = re.compile(r"\((?P<vals>(?:[^()'\"]|'(?:[^'\\]|\\.|'')*'|\"[^\"]*\")*)\)")
VALUE = re.compile(r"\s*(?:'(?P<s>(?:[^'\\]|\\.|'')*)'|\"(?P<d>[^\"]*)\"|(?P<o>[^,]*))\s*(?:,|$)")


def sql_passwords(text: str, path: str):
    if not basename(path).endswith(".sql") or "insert" not in text.lower():
        return
    hashed = re.compile(HASH)
    for m in INSERT.finditer(text):
        cols = [c.strip(" `\"[]\n\t").lower() for c in m.group("cols").split(",")]
        index = next((i for i, c in enumerate(cols)
                      if re.fullmatch(r"(?:user_?)?(?:password|passwd|pass|pwd)", c)), None)
        if index is None:
            continue
        for row in ROW.finditer(m.group("rows")):
            values = list(_values(row.group("vals"), m.start("rows") + row.start("vals")))
            if index < len(values):
                start, value = values[index]
                if value and len(value) >= 4 and not hashed.fullmatch(value) \
                        and not re.fullmatch(r"[a-fA-F0-9]{32,128}", value) \
                        and not is_placeholder(value):
                    yield Hit(start, start + len(value), value, "a plaintext password in SQL data")


def _values(vals: str, base: int):
    pos = 0
    while pos < len(vals):
        m = VALUE.match(vals, pos)
        if m is None or m.end() == pos:
            return
        group = "s" if m.group("s") is not None else "d" if m.group("d") is not None else "o"
        yield base + m.start(group), m.group(group).strip() if group == "o" else m.group(group)
        pos = m.end()


# -- browser password exports (Chrome, Firefox, Edge, Safari CSV) --------------------------------
CSV_HEADER = re.compile(r"(?i)^\"?(?:name|url|title|origin)\"?,.*\busername\"?,\"?password\b")


def browser_export(text: str, path: str):
    if not basename(path).endswith(".csv"):
        return
    start = re.match(r"(?:#[^\n]*\n)*", text).end()  # leading comment lines, if any
    header, _, rest = text[start:].partition("\n")
    if CSV_HEADER.match(header):
        rows = sum(1 for line in rest.split("\n") if line.strip())
        if rows:
            yield Hit(start, start, "", f"a browser password export ({rows} saved login(s))")


READERS = {
    "netrc": netrc, "pgpass": pgpass, "registry": registry_auth, "docker": docker_auth,
    "kubernetes": kubernetes, "hashes": password_hashes, "sql": sql_passwords,
    "browser": browser_export,
}
