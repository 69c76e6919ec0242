"""The data every stage passes on: documents, rules, findings, notifications."""

from __future__ import annotations

import bisect
import enum
from dataclasses import dataclass, field
from typing import Any


class Severity(enum.IntEnum):
    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls[value.strip().upper()]
        except KeyError:
            names = ", ".join(s.name.lower() for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of: {names})") from None

    @property
    def label(self) -> str:
        return self.name.lower()

    @property
    def sarif_level(self) -> str:
        if self >= Severity.HIGH:
            return "error"
        if self == Severity.MEDIUM:
            return "warning"
        return "note"

    @property
    def security_severity(self) -> str:
        """GitHub code scanning bands: critical >= 9.0, high 7.0-8.9, medium 4.0-6.9, low < 4.0."""
        return {4: "9.5", 3: "8.0", 2: "5.5", 1: "3.0", 0: "1.0"}[int(self)]


CONFIDENCE_LEVELS = ("low", "medium", "high")


@dataclass(frozen=True)
class Help:
    """A rule's documentation, in the sections Ruff uses."""

    what: str
    why: str
    example: str = ""
    instead: str = ""
    references: tuple[str, ...] = ()

    def as_text(self) -> str:
        parts = [f"What it finds:\n{self.what.strip()}", f"Why is this bad?\n{self.why.strip()}"]
        if self.example:
            parts.append(f"Example:\n{_indent(self.example)}")
        if self.instead:
            parts.append(f"Use instead:\n{_indent(self.instead)}")
        if self.references:
            parts.append("References:\n" + "\n".join(f"- {r}" for r in self.references))
        return "\n\n".join(parts)

    def as_markdown(self, language: str = "") -> str:
        parts = [f"## What it finds\n{self.what.strip()}", f"## Why is this bad?\n{self.why.strip()}"]
        if self.example:
            parts.append(f"## Example\n```{language}\n{self.example.rstrip()}\n```")
        if self.instead:
            parts.append(f"## Use instead\n```{language}\n{self.instead.rstrip()}\n```")
        if self.references:
            parts.append("## References\n" + "\n".join(f"- <{r}>" for r in self.references))
        return "\n\n".join(parts)


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.rstrip().splitlines())


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    message: str
    severity: Severity
    confidence: str
    category: str
    languages: tuple[str, ...]
    match: dict[str, Any]
    help: Help
    cwe: tuple[int, ...] = ()
    owasp: tuple[str, ...] = ()
    checklist: str = ""
    tags: tuple[str, ...] = ()
    status: str = "stable"
    keywords: tuple[str, ...] = ()
    fix: dict[str, Any] | None = None
    source: str = ""  # the YAML file it came from
    # policy, from the YAML: give way to a more specific rule flagging the same weakness
    yields: bool = False
    # In the default profile (YAML `default: false` makes a rule opt-in: `--profile all`/select).
    default: bool = True
    # File roles the rule reports in by default (YAML `roles:`); () means its category's default
    # (aiscan.pipeline.policy.CATEGORY_ROLES).
    roles: tuple[str, ...] = ()

    @property
    def is_security(self) -> bool:
        return bool(self.cwe) or self.category in ("security", "secrets", "llm")

    @property
    def short_description(self) -> str:
        return self.help.what.strip().split("\n\n")[0].replace("\n", " ")


@dataclass(frozen=True)
class Location:
    path: str  # relative to the scan root, forward slashes
    line: int  # 1-based
    column: int  # 1-based
    end_line: int
    end_column: int


@dataclass
class Finding:
    rule_id: str
    location: Location
    message: str
    severity: Severity
    snippet: str = ""  # always redacted
    fingerprint: str = ""
    line_hash: str = ""
    secret_hash: str = ""  # set for secret findings: hash of the value, never the value
    properties: dict[str, Any] = field(default_factory=dict)
    suppressed: str | None = None  # justification when suppressed in source
    role: str = "production"  # the file's role (aiscan.pipeline.roles)

    @property
    def sort_key(self) -> tuple:
        loc = self.location
        return (loc.path, loc.line, loc.column, self.rule_id, loc.end_line, loc.end_column)


@dataclass
class Notification:
    """Something the scan could not do: an unreadable file, a parse failure, a rule that raised."""

    message: str
    path: str = ""
    level: str = "warning"  # error | warning | note
    rule_id: str = ""


@dataclass
class Document:
    path: str  # relative to the scan root, forward slashes
    language: str | None
    text: str
    encoding: str = "utf-8"
    root: str | None = None  # absolute scan root, for checks that need project-wide facts
    _line_starts: list[int] | None = field(default=None, repr=False)

    @property
    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            starts = [0]
            find = self.text.find
            i = find("\n")
            while i != -1:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self._line_starts = starts
        return self._line_starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        starts = self.line_starts
        idx = bisect.bisect_right(starts, offset) - 1
        return idx + 1, offset - starts[idx] + 1

    def line_text(self, line: int) -> str:
        starts = self.line_starts
        if line < 1 or line > len(starts):
            return ""
        start = starts[line - 1]
        end = starts[line] - 1 if line < len(starts) else len(self.text)
        return self.text[start:end].rstrip("\r")
