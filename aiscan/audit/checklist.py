"""The audit checklist: each item's status and evidence, a weighted score and a grade.

Findings map to items through their rule's `checklist:` field; `tests`, `hygiene`,
`dependencies` and `secret-files` also look at repository facts. Suppressed findings never
count. Not-applicable items are left out of the score entirely (as OpenSSF Scorecard does with
inconclusive checks), so a project is not rewarded or punished for code it does not have.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .checklist_items import ITEMS, ChecklistItem
from ..model import Finding, Severity
from .repo_facts import RepoFacts

PASS, WARN, FAIL, NA = "pass", "warn", "fail", "not-applicable"
# No selected rule looks at the item (`--select SEC`): it is neither passed nor scored.
NOT_CHECKED = "not-checked"
STATUS_SCORE = {PASS: 1.0, WARN: 0.5, FAIL: 0.0}
_ORDER = {NOT_CHECKED: -2, NA: -1, PASS: 0, WARN: 1, FAIL: 2}
GRADES = ((90, "A"), (80, "B"), (70, "C"), (60, "D"))
# The worst finding caps the grade, whatever the average (SonarQube's rating works this way).
GRADE_CAPS = {Severity.CRITICAL: "D", Severity.HIGH: "C"}
# Fewer test files than this per source file is a warning, not a pass.
MIN_TEST_RATIO = 0.1
LLM_ITEMS = ("llm-safety", "llm-governance")


@dataclass
class Evidence:
    """Either a finding (rule_id and location set) or a repository fact (only message)."""

    message: str
    rule_id: str = ""
    path: str = ""
    line: int = 0
    snippet: str = ""  # already redacted by the engine
    severity: str = ""
    status: str = ""  # for facts: the status this fact alone implies

    def as_dict(self) -> dict:
        if not self.rule_id:
            return {"kind": "fact", "message": self.message, "status": self.status}
        return {"kind": "finding", "rule_id": self.rule_id, "path": self.path, "line": self.line,
                "severity": self.severity, "message": self.message, "snippet": self.snippet}


@dataclass
class ItemResult:
    item: ChecklistItem
    status: str = PASS
    evidence: list[Evidence] = field(default_factory=list)
    by_severity: dict[str, int] = field(default_factory=dict)  # counted findings

    @property
    def id(self) -> str:
        return self.item.id

    def worsen(self, status: str) -> None:
        if _ORDER[status] > _ORDER[self.status]:
            self.status = status


@dataclass
class Checklist:
    items: list[ItemResult]
    score: int
    grade: str
    cap: str = ""  # why the grade is lower than the score alone would give
    facts: RepoFacts | None = None

    def item(self, item_id: str) -> ItemResult:
        return next(i for i in self.items if i.id == item_id)

    def counts(self) -> dict[str, int]:
        out = {PASS: 0, WARN: 0, FAIL: 0, NA: 0, NOT_CHECKED: 0}
        for i in self.items:
            out[i.status] += 1
        return out

    def as_dict(self, evidence: bool = True) -> dict:
        items = []
        for i in self.items:
            d = {"id": i.id, "title": i.item.title, "status": i.status, "weight": i.item.weight}
            if evidence:
                d["evidence"] = [e.as_dict() for e in i.evidence]
            items.append(d)
        out = {"score": self.score, "grade": self.grade, "items": items}
        unchecked = [i.id for i in self.items if i.status == NOT_CHECKED]
        if unchecked:
            out["not_checked"] = unchecked
        if self.cap:
            out["grade_cap"] = self.cap
        return out


def grade_for(score: float) -> str:
    return next((g for bar, g in GRADES if score >= bar), "F")


def compute_score(items: list[ItemResult]) -> int:
    scored = [i for i in items if i.status in STATUS_SCORE]
    total = sum(i.item.weight for i in scored)
    if not total:
        return 100
    earned = sum(i.item.weight * STATUS_SCORE[i.status] for i in scored)
    return round(100 * earned / total)


def evaluate(findings: list[Finding], rules_by_id: dict, facts: RepoFacts,
             extra: list[tuple[str, str, str]] = (), checked: set[str] | None = None) -> Checklist:
    """`extra`: (item id, status, message) facts found across files, e.g. by the LLM inventory.
    `checked`: the items some selected rule names (None: all); the others are `not-checked`
    unless facts judge them, and are left out of the score."""
    results = {item.id: ItemResult(item) for item in ITEMS}
    worst: Severity | None = None
    for f in findings:
        if f.suppressed is not None:
            continue
        rule = rules_by_id.get(f.rule_id)
        res = results.get(rule.checklist if rule else "")
        if res is None:
            continue
        res.worsen(FAIL if f.severity >= Severity.HIGH else WARN)
        res.by_severity[f.severity.label] = res.by_severity.get(f.severity.label, 0) + 1
        res.evidence.append(Evidence(f.message, f.rule_id, f.location.path, f.location.line,
                                     f.snippet, f.severity.label))
        worst = f.severity if worst is None else max(worst, f.severity)
    for item_id, status, message in extra:
        if item_id in results:
            _fact(results[item_id], status, message)
    _from_facts(results, facts)
    if checked is not None:
        for res in results.values():
            if res.item.id not in checked and not res.item.facts:
                res.status = NOT_CHECKED
                res.evidence = [Evidence("no selected rule checks this item", status=NOT_CHECKED)]
    items = [results[item.id] for item in ITEMS]
    score = compute_score(items)
    grade, cap = grade_for(score), ""
    if worst in GRADE_CAPS and grade < GRADE_CAPS[worst]:  # letters: "A" < "D"
        grade = GRADE_CAPS[worst]
        cap = f"a {worst.label} finding caps the grade at {grade}"
    return Checklist(items, score, grade, cap, facts)


def evaluate_scan(result, inventory: dict | None = None) -> Checklist:
    """The checklist of a finished `run_scan` (`inventory`: its LLM inventory, if built)."""
    from . import inventory as llm_inventory
    from .repo_facts import collect

    facts = collect(result.root, [fr.path for fr in result.file_results],
                    [fr.path for fr in result.file_results if "llm_sdk" in fr.facts.get("imports", {})])
    if inventory is None:
        inventory = llm_inventory.build(result)
    return evaluate(result.findings, result.ruleset.by_id, facts,
                    llm_inventory.checklist_facts(inventory),
                    checked={r.checklist for r in result.ruleset.rules})


def _fact(res: ItemResult, status: str, message: str) -> None:
    res.worsen(status)
    res.evidence.append(Evidence(message, status=status))


def _from_facts(results: dict[str, ItemResult], facts: RepoFacts) -> None:
    if not facts.llm_sdk_files:
        for item_id in LLM_ITEMS:
            if not results[item_id].evidence:  # a finding proves LLM code exists after all
                results[item_id].status = NA
                results[item_id].evidence.append(Evidence("no LLM SDK is imported", status=NA))
    _tests(results["tests"], facts)
    _dependencies(results["dependencies"], facts)
    _secret_files(results["secret-files"], facts)
    _hygiene(results["hygiene"], facts)


def _tests(res: ItemResult, facts: RepoFacts) -> None:
    code = facts.source_files - len(facts.test_files)
    if facts.source_files == 0:
        res.status = NA
        res.evidence.append(Evidence("no source files were scanned", status=NA))
    elif not facts.test_files:
        _fact(res, FAIL, f"no test files found for {code} source file(s)")
    elif facts.test_ratio < MIN_TEST_RATIO:
        _fact(res, WARN, f"{len(facts.test_files)} test file(s) for {code} source file(s) "
                         f"(ratio {facts.test_ratio:.2f}, below {MIN_TEST_RATIO})")
    else:
        _fact(res, PASS, f"{len(facts.test_files)} test file(s) for {code} source file(s) "
                         f"(ratio {facts.test_ratio:.2f})")


def _dependencies(res: ItemResult, facts: RepoFacts) -> None:
    if facts.dependency_lock:
        _fact(res, PASS, "dependencies locked: " + ", ".join(facts.dependency_lock))
    elif facts.manifests:
        _fact(res, WARN, "no lockfile or pinned requirements next to "
                         + ", ".join(facts.manifests))
    elif facts.source_files:
        _fact(res, WARN, "no dependency manifest or lockfile found")
    else:
        res.status = NA
        res.evidence.append(Evidence("no source files and no dependency manifest", status=NA))


def _secret_files(res: ItemResult, facts: RepoFacts) -> None:
    if facts.env_files:
        _fact(res, FAIL, "environment file(s) not ignored by .gitignore: "
                         + ", ".join(facts.env_files))
    if facts.gitignore_covers_env:
        _fact(res, PASS, ".gitignore covers .env files")
    elif facts.gitignore:
        _fact(res, WARN, ".gitignore does not cover .env files")
    else:
        _fact(res, WARN, "no .gitignore: nothing keeps .env files out of commits")


def _hygiene(res: ItemResult, facts: RepoFacts) -> None:
    checks = [
        (bool(facts.readme), f"README present ({facts.readme})" if facts.readme else "no README"),
        (facts.gitignore, ".gitignore present" if facts.gitignore else "no .gitignore"),
        (bool(facts.ci), "CI configured: " + ", ".join(facts.ci) if facts.ci
         else "no CI configuration found"),
    ]
    missing = sum(1 for ok, _ in checks if not ok)
    for ok, message in checks:
        res.evidence.append(Evidence(message, status=PASS if ok else WARN))
    res.worsen(PASS if missing == 0 else FAIL if missing == len(checks) else WARN)
