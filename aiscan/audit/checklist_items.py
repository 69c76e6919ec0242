"""The audit checklist's fixed items. Every rule names one of these ids in its YAML."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    title: str
    weight: int
    # also judged from repository or per-file facts, so checked whatever rules were selected
    facts: bool = False


ITEMS: tuple[ChecklistItem, ...] = (
    ChecklistItem("secrets", "No hard-coded secrets", 10),
    ChecklistItem("secret-files", "Secret files not committed", 6, facts=True),
    ChecklistItem("injection", "No injection sinks on untrusted input", 10),
    ChecklistItem("deserialization", "Safe deserialization", 7),
    ChecklistItem("crypto", "Strong crypto and randomness", 6),
    ChecklistItem("tls", "TLS verification on", 6),
    ChecklistItem("config", "No debug or permissive configuration", 5),
    ChecklistItem("llm-safety", "LLM prompts and outputs handled safely", 8),
    ChecklistItem("llm-governance", "LLM usage governed", 4, facts=True),
    ChecklistItem("dependencies", "Dependencies declared and pinned", 5, facts=True),
    ChecklistItem("unfinished", "No unfinished or placeholder code", 6),
    ChecklistItem("errors", "Errors not swallowed", 4),
    ChecklistItem("complexity", "Maintainable complexity", 3),
    ChecklistItem("tests", "Tests present", 5, facts=True),
    ChecklistItem("hygiene", "Basic hygiene (README, .gitignore, CI)", 2, facts=True),
)

BY_ID = {item.id: item for item in ITEMS}
