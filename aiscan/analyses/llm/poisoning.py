"""Text aimed at the model inside what a tool tells it: instructions hidden in descriptions,
docstrings, annotations, parameter descriptions and tool output.

A human reviewing a tool reads its name and the first line of its description; the model reads
everything. These patterns recognise the phrasing of instructions that only make sense to the
model (hidden blocks, overrides, concealment from the user, requests for secrets), invisible
characters, and whitespace that pushes text out of a UI's sight.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE
_USER = r"(?:the\s+)?(?:user|human|operator|client)s?"

# (kind, reason, pattern): the kinds are
#   hidden    — a block marked for the model or hidden from the user
#   override  — replaces the assistant's rules or role
#   conceal   — tells the model to keep something from the user
#   secrets   — asks the model to read or hand over credentials
#   payload   — an injection payload (SQL, script) carried in metadata
MARKERS: tuple[tuple[str, str, re.Pattern], ...] = (
    ("hidden", "a block addressed to the model",
     re.compile(r"<\s*/?\s*(?:important|system[\w-]*|instructions?|hidden[\w-]*|secret"
                r"|ai[_-][\w-]+|[\w-]*_for_ai|\|system\|)\b[^>\n]{0,80}>", _I)),
    ("hidden", "a block addressed to the model",
     re.compile(r"\[\[*\s*(?:system|hidden|instruction|ai)[\w\s-]{0,40}[\]:]", _I)),
    ("hidden", "a block addressed to the model",
     re.compile(r"(?:#{2,}|-{2,}|={2,}|\*\s*)\s*(?:critical\s+)?(?:system|ai)[\s_]"
                r"(?:override|instruction"
                r"|message|delimiter|context|note)|={2,}\s*metadata_for_ai", _I)),
    ("hidden", "an instruction hidden from the user",
     re.compile(r"hidden[\s_]+(?:instruction|command|context|directive)|invisible\s+to\s+"
                + _USER + r"|not\s+(?:visible|shown)\s+to\s+" + _USER
                + r"|(?:internal[\s_]+)?ai[\s_]+(?:processing[\s_]+)?directive"
                r"|instruction[\s_]+(?:injection|override)\s+for\s+ai"
                r"|(?:^|\W)(?:system|ai)\s*(?:override|instruction|context)\s*:", _I)),
    ("override", "an instruction that overrides the assistant's rules",
     re.compile(r"(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:of\s+)?"
                r"(?:the\s+|your\s+)?"
                r"(?:previous|prior|above|earlier|preceding|safety|security|conflicting|existing"
                r"|original|openai)\b[\w\s]{0,20}?(?:instructions?|guidelines|rules|prompts?"
                r"|polic(?:y|ies)|context)", _I)),
    ("override", "an instruction that overrides the assistant's rules",
     re.compile(r"(?:disable|bypass|ignore|skip|turn\s+off)\s+(?:all\s+)?(?:the\s+|your\s+)?"
                r"(?:safety|security|content)?\s*(?:guardrails|filters?|safety\s+checks"
                r"|security\s+checks|checks|restrictions|content\s+filtering|audit)", _I)),
    ("override", "an instruction that changes the assistant's role or privileges",
     re.compile(r"you\s+are\s+now\s+(?:in|a|an|operating|the)\b|\bDAN\b(?:\s+mode)?"
                r"|do\s+anything\s+now|(?:grant|enable|with)\s+(?:elevated|admin(?:istrator)?"
                r"|unrestricted|full\s+system|root)\s+(?:access|privileges|mode)"
                r"|(?:unrestricted|privileged|admin)\s+mode", _I)),
    ("conceal", "tells the model to keep this from the user",
     re.compile(r"(?:do\s+not|don'?t|never|must\s+not)\s+(?:tell|mention\s+(?:it\s+)?to|inform"
                r"|notify|alert|show\s+(?:it\s+|this\s+)?to)\s+" + _USER + r"\b"
                r"|(?:do\s+not|don'?t|never|must\s+not)\s+(?:\w+\s+)?(?:tell|mention|show|reveal"
                r"|disclose|explain|display|say)\s+(?:this|that|it|these|any\s+of\s+this|anything)"
                r"\b[^.\n]{0,30}?\b(?:user|human)s?\b"
                r"|(?:do\s+not|don'?t|never)\s+explain\s+why"
                r"|without\s+(?:telling|informing|notifying|alerting|asking)\s+" + _USER
                + r"|(?:hide|conceal|keep)\s+(?:this|it)\s+(?:secret\s+|hidden\s+)?from\s+" + _USER,
                _I)),
    ("secrets", "asks the model for credentials or private files",
     re.compile(r"\bid_(?:rsa|ed25519|ecdsa)\b|\.aws/credentials|/etc/shadow|\bmcp\.json\b"
                r"|(?:^|[.:;!?\n\[(*>-]\s*|\b(?:also|then|first|please|and|additionally|always"
                r"|must|should|to|you)\s+)(?:read|reading|cat|open|include|send|pass|provide"
                r"|extract|collect|export|search\s+for|exfiltrate|share|access|accessing|upload"
                r"|append|attach|forward)\b(?:(?!\b(?:using|with|via|from|by)\b)[^.\n]){0,60}?"
                r"(?:\.env(?![.\w-])|~/\.ssh|/etc/passwd|credentials"
                r"|api[_\s-]?keys?|passwords?|private\s+keys?|secrets?|tokens?|all\s+user\s+data"
                r"|environment\s+variables)", _I | re.M)),
    ("secrets", "asks the model to pass on the conversation",
     re.compile(r"(?:contain|include|pass|put|send|copy|append)\w*\s+(?:\w+\s+){0,2}?"
                r"(?:the\s+)?user'?s?'?\s+(?:previous|last|entire|full|whole|prior|earlier)?\s*"
                r"(?:messages?|conversation|chat(?:\s+history)?|prompts?|history)", _I)),
    ("address", "addresses the model directly",
     re.compile(r"\b(?:the|this)\s+(?:ai|assistant|model|llm)(?:\s+assistant)?\s+"
                r"(?:should|must|may|will|is\s+(?:now\s+)?(?:authori[sz]ed|allowed))\s+"
                r"(?:now\s+|immediately\s+|always\s+)?\w+", _I)),
    ("hidden", "a field addressed to the model",
     re.compile(r"\b_?ai_(?:system|directive|instruction)\w*", _I)),
    ("payload", "an injection payload in the tool's metadata",
     re.compile(r"'\s*;\s*(?:drop|delete|insert|update)\s+|<script\b|\bunion\s+select\b", _I)),
)

# the model is told how to use other tools, or to avoid them
SHADOWING: tuple[tuple[str, re.Pattern], ...] = (
    ("dictates how another tool must behave",
     re.compile(r"(?:before|after|when(?:ever)?|each\s+time|every\s+time)\s+(?:you\s+)?"
                r"(?:using|calling|invoking|use|call|invoke|running|run)\s+(?:the\s+)?[`'\"]?"
                r"(?P<tool>[A-Za-z_][\w-]{2,})[`'\"]?(?:\s+tool)?\s*[,:]?\s+[^.\n]{0,40}?"
                r"\b(?:always|must|never|instead|also|first|make\s+sure)\b", _I)),
    ("tells the model to avoid other tools",
     re.compile(r"(?:do\s+not|don'?t|never)\s+use\s+(?:any\s+)?other\s+\w+"
                r"|prioriti[sz]e\s+this\s+tool\s+over"
                r"|only\s+(?:\w+\s+)?(?:tool|\w+er)\s+you\s+should"
                r"\s+(?:use|trust)|instead\s+of\s+(?:any|all)\s+other\s+tools", _I)),
)

INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069"
                       "\U000e0000-\U000e007f]"
                       r"|\\u200[b-fB-F]|\\u206[0-4]|\\ufeff|\\u202[a-eA-E]")
# text pushed out of sight: a run of blanks a UI truncates or scrolls past
LONG_BLANK = re.compile(r"[ \t\u00a0]{40,}\S|(?:\n[ \t]*){12,}\S")


@dataclass(frozen=True)
class Mark:
    offset: int  # character offset in the text
    kind: str
    reason: str
    tool: str = ""  # for shadowing: the tool named


def markers(text: str, kinds=None) -> list[Mark]:
    """Instruction markers in `text`, in order of position."""
    out = []
    for kind, reason, rx in MARKERS:
        if kinds is not None and kind not in kinds:
            continue
        m = rx.search(text)
        if m:
            out.append(Mark(m.start(), kind, reason))
    if kinds is None or "invisible" in kinds:
        m = INVISIBLE.search(text)
        if m:
            out.append(Mark(m.start(), "invisible", "invisible Unicode characters"))
        m = LONG_BLANK.search(text)
        if m:
            out.append(Mark(m.start(), "invisible", "text pushed out of sight by blank space"))
    return sorted(out, key=lambda k: k.offset)


def shadowing(text: str, own_names: set[str]) -> list[Mark]:
    out = []
    for reason, rx in SHADOWING:
        for m in rx.finditer(text):
            named = m.groupdict().get("tool") or ""
            if named and (named in own_names or named.lower() in ("this", "it", "the", "a",
                                                                   "any", "tool", "tools")):
                continue
            out.append(Mark(m.start(), "shadowing", reason, named))
            break
    return sorted(out, key=lambda k: k.offset)
