"""The `aiscan fix` run: scan, rewrite the files that have fixable findings, diff or write."""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field

from ..model import Finding
from ..pipeline.scan import ScanResult
from .apply import Outcome, SourceFix, Target, fix_source


@dataclass
class FileFix:
    path: str  # relative to the scan root
    source: SourceFix
    error: str = ""  # the file could not be read or written

    def diff(self, secret_lines=frozenset()) -> tuple[str, int]:
        """A unified diff that `git apply` accepts, and how many hunks it leaves out.

        A hunk that would show a secret (a literal a fix removes, or any line of the original
        a secret rule flagged, context included) is left out: masking it would print a patch
        that no longer applies. The diff is then recomputed from the original with only the
        other hunks' changes, so its line numbers stay right."""
        old = self.source.original.splitlines(keepends=True)
        new = self.source.fixed.splitlines(keepends=True)
        changes, left_out = [], 0
        for group in difflib.SequenceMatcher(None, old, new).get_grouped_opcodes(3):
            first, last = group[0], group[-1]
            shown = old[first[1]:last[2]] + new[first[3]:last[4]]
            if any(first[1] < n <= last[2] for n in secret_lines) or any(
                    s in line for s in self.source.secrets for line in shown):
                left_out += 1
                continue
            changes += [(i1, i2, new[j1:j2]) for tag, i1, i2, j1, j2 in group if tag != "equal"]
        partial = list(old)
        for i1, i2, lines in reversed(changes):
            partial[i1:i2] = lines
        text = "".join(difflib.unified_diff(old, partial, fromfile=f"a/{self.path}",
                                            tofile=f"b/{self.path}"))
        if mask_secrets(text, self.source.secrets) != text:  # a differing alignment: print nothing
            return "", left_out + 1
        return text, left_out


@dataclass
class FixRun:
    files: list[FileFix] = field(default_factory=list)
    unfixable: int = 0  # findings of rules without any fix

    @property
    def outcomes(self) -> list[Outcome]:
        return [o for f in self.files for o in f.source.outcomes]

    @property
    def fixed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.fixed]

    @property
    def needs_human(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.fixed]


def mask_secrets(text: str, secrets: list[str]) -> str:
    from ..redact import mask

    for value in sorted(set(secrets), key=len, reverse=True):
        text = text.replace(value, mask(value))
    return text


def secret_lines(result: ScanResult, rel: str) -> set[int]:
    """Lines of `rel` that hold a secret some rule found, suppressed or not."""
    return {n for f in result.findings if f.location.path == rel and f.secret_hash
            for n in range(f.location.line, f.location.end_line + 1)}


def target_for(finding: Finding, fix: dict) -> Target:
    params = tuple(sorted((k, v) for k, v in fix.items() if k != "codemod" and isinstance(v, (str, int, bool))))
    return Target(fix["codemod"], finding.location.line, finding.location.column, params, finding)


def fixable_findings(result: ScanResult) -> dict[str, list[tuple[Finding, dict]]]:
    """Findings whose rule names a codemod, by file; suppressed findings are left alone."""
    by_path: dict[str, list[tuple[Finding, dict]]] = {}
    for f in result.findings:
        rule = result.ruleset.by_id.get(f.rule_id)
        if f.suppressed is None and rule is not None and rule.fix and rule.fix.get("codemod"):
            by_path.setdefault(f.location.path, []).append((f, rule.fix))
    return by_path


def _line_changed(text: str, finding: Finding) -> bool:
    """The finding's line no longer has the text the scan hashed (the file was edited since)."""
    import hashlib

    from ..engine.fingerprints import normalize

    if not finding.line_hash:
        return False
    lines = text.split("\n")
    line = lines[finding.location.line - 1].rstrip("\r") if finding.location.line <= len(lines) else ""
    digest = hashlib.sha256(normalize(line).encode("utf-8", "replace")).hexdigest()[:16]
    return digest != finding.line_hash.split(":")[0]


def read_source(root: str, rel: str) -> str:
    path = os.path.join(root, rel)
    if os.path.islink(path):
        raise OSError("is a symbolic link; fix the file it points to instead")
    with open(path, encoding="utf-8", newline="") as fh:  # newline="": keep CRLF as it is
        return fh.read()


def plan(result: ScanResult) -> FixRun:
    """Compute every fix without writing anything."""
    run = FixRun()
    fixable = fixable_findings(result)
    run.unfixable = sum(1 for f in result.findings if f.suppressed is None) - sum(map(len, fixable.values()))
    for rel, items in sorted(fixable.items()):
        targets = [target_for(f, fix) for f, fix in items]
        if rel.lower().endswith(".ipynb"):  # the code is in JSON strings, not the file's lines
            reason = "in a notebook cell: codemods rewrite .py files only; apply the fix in the cell"
            run.files.append(FileFix(rel, SourceFix("", "", [Outcome(t, False, reason) for t in targets])))
            continue
        try:
            text = read_source(result.root, rel)
        except (OSError, UnicodeDecodeError) as exc:
            source = SourceFix("", "", [Outcome(t, False, f"cannot read the file: {exc}") for t in targets])
            run.files.append(FileFix(rel, source, str(exc)))
            continue
        stale = [t for t in targets if _line_changed(text, t.key)]
        targets = [t for t in targets if t not in stale]
        try:
            source = fix_source(text, targets)
        except Exception as exc:  # noqa: BLE001 - a codemod bug on one file never stops the run
            reason = f"internal error in the fix: {type(exc).__name__}: {exc}"
            source = SourceFix(text, text, [Outcome(t, False, reason) for t in targets])
        source.outcomes += [Outcome(t, False, "the line changed since the scan; run again") for t in stale]
        run.files.append(FileFix(rel, source))
    return run


def write(run: FixRun, root: str) -> None:
    """Rewrite changed files in place, atomically; a failed write turns its fixes into declines."""
    from ..output.files import atomic_write

    for file_fix in run.files:
        if not file_fix.source.changed:
            continue
        try:
            atomic_write(os.path.join(root, file_fix.path), file_fix.source.fixed)
        except OSError as exc:
            file_fix.error = str(exc)
            for outcome in file_fix.source.outcomes:
                if outcome.fixed:
                    outcome.fixed, outcome.reason = False, f"cannot write the file: {exc}"


def summary(run: FixRun, applied: bool) -> str:
    verb = "fixed" if applied else "fixable"
    lines = []
    for file_fix in run.files:
        for o in file_fix.source.outcomes:
            f = o.target.key
            where = f"{file_fix.path}:{o.target.line}"
            if o.fixed:
                lines.append(f"{verb}: {f.rule_id} {where} ({o.target.codemod})")
    for file_fix in run.files:
        for o in file_fix.source.outcomes:
            if not o.fixed:
                lines.append(f"needs a human: {o.target.key.rule_id} {file_fix.path}:{o.target.line}: {o.reason}")
    lines.append(f"{len(run.fixed)} {verb}, {len(run.needs_human)} need a human"
                 + (f", {run.unfixable} other finding(s) have no automatic fix" if run.unfixable else ""))
    return "\n".join(lines) + "\n"
