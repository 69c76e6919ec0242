"""Scan settings: defaults, overridden by configuration files, overridden by CLI flags."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Severity


@dataclass
class Config:
    exclude: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_on: Severity = Severity.LOW
    rule_dirs: list[str] = field(default_factory=list)
    max_file_size: int = 2_000_000
    jobs: int = 0  # 0: one worker per core
    use_gitignore: bool = True
    category: str = "aiscan"  # SARIF automationDetails.id prefix
    use_cache: bool = True

    def cache_settings(self) -> dict:
        """Settings beyond the rule set that change per-file results (part of the cache key)."""
        return {}
