"""Whether a name is a credential position, and which kind: the words of the name decide.

`DB_PASSWORD`, `dbPassword`, `spring.datasource.password`, `$config['db_pass']` are password
positions; `JWT_SECRET`, `app.secret_key`, `SECRET_KEY_BASE` are signing-key positions, where
any literal is a hard-coded key whatever its entropy; `api_key`, `GITHUB_TOKEN`, `_authToken`
are secret positions. Names *about* a secret are not positions: `max_tokens`, `token_url`,
`password_field`, `get_token`, `hashed_password`.
"""

from __future__ import annotations

import re

PASSWORD, SIGNING, SECRET = "password", "signing", "secret"

_SPLIT = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
PASSWORD_WORDS = frozenset({"password", "passwd", "pwd", "pass", "passphrase", "passw"})
SECRET_WORDS = frozenset({"secret", "token", "apikey", "credential", "credentials", "auth",
                          "authtoken", "accesstoken", "secretkey", "privatekey"})
# `*_key` is a credential only with one of these before it (`api_key`, not `sort_key`)
KEY_QUALIFIERS = frozenset({
    "api", "access", "secret", "private", "auth", "signing", "encryption", "master", "license",
    "client", "consumer", "app", "service", "account", "admin", "subscription", "storage",
    "hmac", "jwt", "session", "cookie", "fernet", "aes", "crypto", "cipher", "encrypt",
    "nonce", "logged", "secure", "deploy", "bot", "webhook", "ssh", "sign",
})
# a signing or encryption key: any literal here is a hard-coded key (CWE-321)
SIGNING_QUALIFIERS = frozenset({"jwt", "session", "cookie", "signing", "sign", "hmac",
                                "encryption", "encrypt", "fernet", "aes", "cipher", "crypto"})
# whose `secret_key` is the application's own signing key (Flask, Django, Rails settings)
APP_WORDS = frozenset({"app", "flask", "django", "rails", "site", "web", "server", "config",
                       "settings", "application"})
SALT_NAMES = frozenset({"auth", "secure", "logged", "nonce"})  # WordPress AUTH_SALT & co.
# the last word says the value is about a secret, not the secret
ABOUT = frozenset("""
url uri urls path paths file files dir directory name names type types field fields header headers
env var vars variable prefix suffix len length count counts limit limits ttl timeout expiry expires
expiration expire lifetime age label labels id ids regex re pattern endpoint hash hashed digest
placeholder policy mode format location kind param params attr attribute class store manager
provider providers required enabled disabled min max size validator input prompt message error
hint help text description desc tokens secrets keys passwords credentials key_name index idx
used usage remaining budget cost rate period interval reset flow grant scope scopes method methods
version spec schema config settings option options source sources callback handler factory
service cache model policy level status state len_ bytes char chars prefix_ resolver loader
reader getter setter exchange endpoint_ encoding encoder decoder parser ref reference
""".split())
# a first word like these makes the name a function or an action, not a stored value
VERBS = frozenset("""
get set fetch load read refresh create generate make validate verify check is has parse decode
encode mask redact hash sign rotate revoke build to from with use update delete remove clear save
store request require ensure issue mint compute derive find lookup resolve reset forgot confirm
show hide toggle handle on submit send print log raise format render extract strip
""".split())
NEGATING = frozenset({"public", "csrf", "xsrf", "publishable", "anon", "anonymous", "next",
                      "page", "continuation", "cursor", "pagination", "sort", "primary",
                      "foreign", "partition", "idempotency", "cache", "map", "dict", "lookup",
                      "i18n", "translation", "tokenizer", "csrftoken", "num", "total", "max",
                      "hashed", "hash", "digest", "encrypted", "masked", "salted"})


def words(name: str) -> list[str]:
    """`spring.datasource.dbPassword` -> ['spring', 'datasource', 'db', 'password']."""
    return [w.lower() for w in _SPLIT.findall(name)]


def position(name: str) -> str | None:
    """PASSWORD, SIGNING, SECRET or None for a name (the whole dotted/indexed path)."""
    leaf = re.split(r"[.\[\]'\"/>:$@]+", name.strip("$@'\"[]. "))
    leaf = [p for p in leaf if p]
    ws = words(leaf[-1]) if leaf else []
    if not ws:
        return None
    if ws[0] in VERBS and len(ws) > 1:
        return None
    if NEGATING.intersection(ws):
        return None
    last = ws[-1]
    if last in ABOUT:
        return None
    if last in PASSWORD_WORDS or (len(ws) > 1 and ws[-2] in PASSWORD_WORDS and last in
                                   {"phrase", "word"}):
        return PASSWORD
    if "password" in ws[:-1] or "passwd" in ws[:-1]:
        return None  # password_field, password_policy_strength
    prev = ws[-2] if len(ws) > 1 else ""
    if last == "base" and prev == "key" and "secret" in ws:
        return SIGNING  # Rails secret_key_base
    if last == "key":
        if prev in SIGNING_QUALIFIERS or (prev == "secret" and (
                len(ws) == 2 or ws[-3] in SIGNING_QUALIFIERS or ws[-3] in APP_WORDS)):
            return SIGNING  # SECRET_KEY, app.secret_key, JWT_SECRET_KEY (not aws_secret_key)
        return SECRET if prev in KEY_QUALIFIERS or prev == "api" else None
    if prev == "in" and ws[-3:-2] == ["logged"]:
        prev = "logged"  # WordPress LOGGED_IN_KEY / LOGGED_IN_SALT
    if last == "salt" and prev in SALT_NAMES:
        return SIGNING
    if last == "secret":
        return SIGNING if (len(ws) == 1 or prev in SIGNING_QUALIFIERS) else SECRET
    if last in SECRET_WORDS:
        return SECRET
    return None
