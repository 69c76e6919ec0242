"""Validators that confirm a regex match is a real credential shape, not a look-alike.

Each takes the matched value and the document text and returns None to drop the match, or
a severity label to use instead of the rule's ("" keeps the rule's). They never reach the
network: they check structure only (checksums, decodable JWT payloads, context words).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import zlib

from .examples import is_jwt_io_sample, is_published, is_typed_by_hand

BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# Words that mark a value as documentation or a stand-in, not a credential.
FAKE = re.compile(r"(?i)example|x{5,}|\*{3,}|your[_-]?|placeholder|dummy|redacted|changeme|"
                  r"<[^>]*>|\$\{|\{\{|%\(|sample|0{8,}|abcdefgh|12345678|1234-1234|(?:token|key|secret)here")


def looks_fake(value: str) -> bool:
    """A documentation placeholder (`EXAMPLE`, `xxxx`, `<TOKEN>`) or a published example."""
    if FAKE.search(value) or is_published(value):
        return True
    body = re.sub(r"[^A-Za-z0-9]", "", value)
    # a long key drawn from very few characters is a stand-in ("AAAA…", "abcabc…")
    return len(body) >= 16 and len(set(body)) < 6


def looks_hand_typed(value: str) -> bool:
    """`sk-ant-api03-abc123xyz-…`, `xoxa-2-5111111111-…`: a person typed it for a test."""
    return "fake" in value.lower() or is_typed_by_hand(value)


def _base62(n: int, width: int = 6) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(width, "0")


def github_checksum(value: str, _text: str = "") -> str | None:
    """ghp_/gho_/ghu_/ghs_/ghr_ tokens end in the base62 CRC32 of everything before it."""
    body, check = value[:-6], value[-6:]
    return "" if _base62(zlib.crc32(body.encode())) == check else None


def jwt_payload(token: str) -> dict | None:
    parts = token.split(".")
    if len(parts) != 3 or not parts[2]:
        return None
    try:
        raw = base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4))
        payload = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    return payload if isinstance(payload, dict) else None


def jwt(value: str, _text: str = "") -> str | None:
    """A signed JWT whose payload decodes; Supabase keys are left to their own rule."""
    payload = jwt_payload(value)
    if payload is None or _is_supabase(payload) or is_jwt_io_sample(payload):
        return None
    return ""


def _is_supabase(payload: dict) -> bool:
    return payload.get("iss") == "supabase" or (
        "ref" in payload and payload.get("role") in ("anon", "service_role"))


def supabase_jwt(value: str, _text: str = "") -> str | None:
    """service_role bypasses row-level security (critical); anon is public by design (info)."""
    payload = jwt_payload(value)
    if payload is None or not _is_supabase(payload):
        return None
    return "critical" if payload.get("role") == "service_role" else "info"


def stripe_mode(value: str, _text: str = "") -> str | None:
    return "low" if "_test_" in value else ""


def pinned_password(value: str, _text: str = "") -> str | None:
    """A password in a URL that is a word like `password` or a template is documentation;
    `{ZqL5kVrX1n8tA2}` (a value in braces, not a name) is not a template."""
    if value.lower() in {"password", "pass", "passwd", "pwd", "secret", "user", "pw", "p", "x"}:
        return None
    braced = re.fullmatch(r"\{([^{}]+)\}", value)
    if braced and re.search(r"\d", braced.group(1)) and re.search(r"[A-Za-z]", braced.group(1)) \
            and not re.fullmatch(r"\w*(?:_\w+)+", braced.group(1)):
        value = braced.group(1)
    if value.startswith(("$", "%", ":")) or re.search(r"[<>\[\]{}]", value) or looks_fake(value):
        return None
    return ""


def service_account(_value: str, text: str = "") -> str | None:
    return "" if re.search(r'"type"\s*:\s*"service_account"', text) else None


# names in code, not values: FAKE_AUTH, auth_header, expectedAuth, request.headers.get_all
IDENTIFIER = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|_*[a-z]+(?:_[a-z]+)+|_*[a-z]+(?:[A-Z][a-z]*)+"
                        r"|_*[a-z]+|[A-Za-z_]+(?:\.[A-Za-z_]+)+")


def header_token(value: str, text: str = "") -> str | None:
    """A header value made of letters only is a word (`Authorization: Bearer`), not a token."""
    if value.isalpha() or IDENTIFIER.fullmatch(value):
        return None  # `Authorization: Bearer`, `"Authorization": auth_header` (a name in code)
    if re.fullmatch(r"(?i)(?:deadbeef|cafebabe)[0-9a-f]{0,8}", value):
        return None  # the hex words of API docs (`Bearer deadbeef12346`)
    return pinned_password(value, text)


VALIDATORS = {
    "header-token": header_token,
    "service-account": service_account,
    "github-checksum": github_checksum,
    "jwt": jwt,
    "supabase-jwt": supabase_jwt,
    "stripe-mode": stripe_mode,
    "password": pinned_password,
}
