"""The audit checklist: each item's status and evidence, a weighted score and a grade.

Findings map to items through their rule's `checklist:` field; `tests`, `hygiene`,
`dependencies` and `secret-files` also look at repository facts. Suppressed findings never
count, and only the findings the scan reports count: production code, plus provider-format
secrets in any file (aiscan.pipeline.policy). Not-applicable items are left out of the score
entirely (as OpenSSF Scorecard does with inconclusive checks), so a project is not rewarded or
punished for code it does not have.

An item's status weighs what its findings prove, not merely that one exists:

- **fail**: a conclusive finding (high or critical with a dataflow trace from untrusted input
  to the sink — input from outside, not only the command line, the environment or a fetched
  response — or critical with high confidence: a provider key), or high/critical findings
  dense enough to be a pattern rather than an outlier (at least `FAIL_DENSITY` per 1,000 lines
  of production code);
- **warn**: any other medium, high or critical finding, or low/info findings at
  `WARN_DENSITY` per 1,000 lines or more;
- **pass**: no finding, or a few low/info ones (listed as evidence).

Densities are per 1,000 lines of production code, counted as at least 1,000, so a 300-line app
with one high finding is as failing as a 1,000-line one. Every item carries a `reason` line
that says which of these applied.
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
# The highest score of each grade below A: a capped grade caps the score with it.
_CAP_SCORE = {"B": 89, "C": 79, "D": 69}
# The worst conclusive finding caps the grade, whatever the average (SonarQube's rating works this
# way): a high-confidence critical finding caps it at D, a failing item (findings) at C.
GRADE_CAPS = {Severity.CRITICAL: "D", Severity.HIGH: "C"}
# Findings per 1,000 lines of production code (README: Score and grade).
FAIL_DENSITY = 0.5  # high/critical findings: a pattern, not an outlier
WARN_DENSITY = 1.0  # low/info findings: worth a warning only in numbers
# How much one finding of each severity weighs in a warning's density: a warned item earns
# 1 - 0.5 × min(1, Σ weight / kLOC / FAIL_DENSITY), from 1.0 (a lone outlier) down to 0.5.
SEVERITY_WEIGHT = {"critical": 1.0, "high": 1.0, "medium": 0.5, "low": 0.1, "info": 0.05}
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
    conclusive: int = 0  # findings that prove the weakness (see _conclusive)
    # high+ dataflow findings whose trace starts only at a local or fetched source: reported,
    # but neither proof nor part of a pattern (see _conclusive)
    unproven_flows: int = 0
    finding_score: float = 1.0  # what the findings alone earn (see _judge_findings)
    fact_warned: bool = False  # a repository fact warned
    evidence: list[Evidence] = field(default_factory=list)
    by_severity: dict[str, int] = field(default_factory=dict)  # counted findings
    reason: str = ""  # why the status: which rule applied to the findings and facts

    @property
    def id(self) -> str:
        return self.item.id

    @property
    def score(self) -> float:
        """pass 1, fail 0; a warning earned by findings scales with their density (a lone
        outlier in a large code base costs little, a finding every few hundred lines costs
        the full half), a warning from a repository fact costs half."""
        if self.status != WARN:
            return STATUS_SCORE.get(self.status, 1.0)
        return min(self.finding_score, 0.5 if self.fact_warned else 1.0)

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
            d = {"id": i.id, "title": i.item.title, "status": i.status, "weight": i.item.weight,
                 "reason": i.reason}
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
    earned = sum(i.item.weight * i.score for i in scored)
    return round(100 * earned / total)


def evaluate(findings: list[Finding], rules_by_id: dict, facts: RepoFacts,
             extra: list[tuple[str, str, str]] = (), checked: set[str] | None = None,
             production_lines: int | None = None) -> Checklist:
    """`extra`: (item id, status, message) facts found across files, e.g. by the LLM inventory.
    `checked`: the items some selected rule names (None: all); the others are `not-checked`
    unless facts judge them, and are left out of the score. `production_lines`: lines of
    production code, the denominator of densities (None: unknown, counted as 1,000)."""
    results = {item.id: ItemResult(item) for item in ITEMS}
    kloc = max((production_lines or 0) / 1000, 1.0)
    conclusive_worst: Severity | None = None
    for f in findings:
        if f.suppressed is None:
            rule = rules_by_id.get(f.rule_id)
            res = results.get(rule.checklist if rule else "")
            if res is None:
                continue
            res.by_severity[f.severity.label] = res.by_severity.get(f.severity.label, 0) + 1
            res.evidence.append(Evidence(f.message, f.rule_id, f.location.path, f.location.line,
                                         f.snippet, f.severity.label))
            if _conclusive(f, rule):
                res.conclusive += 1
                conclusive_worst = max(conclusive_worst or f.severity, f.severity)
            elif f.severity >= Severity.HIGH and _local_only(f.properties.get("taint")):
                res.unproven_flows += 1
    for res in results.values():
        _judge_findings(res, kloc)
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
    for res in items:
        res.reason = res.reason or _facts_reason(res)
    score = compute_score(items)
    grade, cap = grade_for(score), ""
    failed = [i for i in items if i.status == FAIL and i.by_severity]
    cap_grade, why = "", ""
    if conclusive_worst == Severity.CRITICAL:
        cap_grade, why = GRADE_CAPS[Severity.CRITICAL], "a conclusive critical finding"
    elif failed:
        cap_grade, why = GRADE_CAPS[Severity.HIGH], f"a failing item ({failed[0].id})"
    if cap_grade and grade < cap_grade:  # letters: "A" < "D"
        grade = cap_grade
        # the score follows the grade it was capped to, so the two never disagree
        score = min(score, _CAP_SCORE[cap_grade])
        cap = f"{why} caps the grade at {grade} (score at most {score})"
    return Checklist(items, score, grade, cap, facts)


def _conclusive(f: Finding, rule) -> bool:
    """Proof rather than a pattern: a dataflow trace from untrusted input to the sink, or a
    high-confidence critical finding (a provider key). A pattern such as `verify=False` is
    conclusive about the line, not about the program: libraries expose it as an option. A trace
    that starts only at the command line, the terminal or the environment crosses no trust
    boundary the program's own user does not already hold (CodeQL's "local" threat model), and
    one that starts only at the body of a response the program fetched is second-order: the
    program chose the server (often its own: a debugger page rendering what its backend sent).
    Both are still reported and still warn, but they prove no attack."""
    if f.severity < Severity.HIGH:
        return False
    taint = f.properties.get("taint")
    if taint is not None:
        return not _local_only(taint)
    return f.severity == Severity.CRITICAL and rule.confidence == "high"


def _local_only(taint) -> bool:
    from ..analyses.taint.specs import HTTP, LOCAL_SOURCES

    sources = taint.get("sources") if isinstance(taint, dict) else None
    return bool(sources) and set(sources) <= LOCAL_SOURCES | {HTTP}


def _judge_findings(res: ItemResult, kloc: float) -> None:
    """The status the item's findings earn (facts may worsen it afterwards)."""
    counts = res.by_severity
    n = sum(counts.values())
    if not n:
        return
    # a flow from the command line or a fetched response is no more a pattern than it is proof
    high = counts.get("high", 0) + counts.get("critical", 0) - res.unproven_flows
    medium = counts.get("medium", 0)
    what = ", ".join(f"{counts[s]} {s}" for s in ("critical", "high", "medium", "low", "info")
                     if counts.get(s))
    per = f"{n / kloc:.2f} per 1,000 production lines"
    if res.conclusive:
        res.worsen(FAIL)
        res.reason = (f"{what}: {res.conclusive} conclusive (a dataflow from untrusted input, "
                      "or a high-confidence critical finding)")
    elif high / kloc >= FAIL_DENSITY:
        res.worsen(FAIL)
        res.reason = (f"{what}: {high / kloc:.2f} high+ per 1,000 production lines "
                      f"(at least {FAIL_DENSITY} fails)")
    elif high or medium or res.unproven_flows or n / kloc >= WARN_DENSITY:
        res.worsen(WARN)
        weighted = sum(SEVERITY_WEIGHT[s] * c for s, c in counts.items()) / kloc
        res.finding_score = 1 - 0.5 * min(1.0, weighted / FAIL_DENSITY)
        res.reason = (f"{what} ({per}; none conclusive): earns {res.finding_score:.2f} "
                      f"of the item")
    else:
        res.reason = f"{what}: {per}, below {WARN_DENSITY}: listed, not counted"


def _facts_reason(res: ItemResult) -> str:
    facts = [e.message for e in res.evidence if not e.rule_id]
    if facts:
        return "; ".join(facts[:3])
    return "no finding" if res.status == PASS else res.status


def evaluate_scan(result, inventory: dict | None = None) -> Checklist:
    """The checklist of a finished `run_scan` (`inventory`: its LLM inventory, if built)."""
    from . import inventory as llm_inventory
    from .repo_facts import collect

    facts = collect(result.root, [fr.path for fr in result.file_results],
                    [fr.path for fr in result.file_results if "llm_sdk" in fr.facts.get("imports", {})])
    if inventory is None:
        inventory = llm_inventory.build(result)
    extra = list(llm_inventory.checklist_facts(inventory))
    below = (getattr(result, "hidden", None) or {}).get("metrics_below_default_limit")
    if below:  # the full picture of maintainability, not only the unmaintainable
        extra.append(("complexity", PASS, f"{below} metric finding(s) between the everyday "
                      "limits and the default profile's (listed with --profile all)"))
    return evaluate(result.findings, result.ruleset.by_id, facts, extra,
                    checked={r.checklist for r in result.ruleset.rules},
                    production_lines=production_lines(result))


def production_lines(result) -> int:
    """Lines of production code (files in a parsed language whose role is production)."""
    from ..engine.languages import language_for

    return sum(fr.lines for fr in result.file_results
               if fr.facts.get("role", "production") == "production" and language_for(fr.path))


def _fact(res: ItemResult, status: str, message: str) -> None:
    res.worsen(status)
    res.fact_warned |= status == WARN
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
    elif facts.library_manifests:
        # A published library declares ranges and leaves locking to the applications using it
        # (PEP 621 / npm); a lockfile in it would not reach them.
        _fact(res, PASS, "a library: dependencies declared as ranges in "
                         + ", ".join(facts.library_manifests))
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
    elif not facts.env_files:
        # Nothing committed is nothing leaked; the missing guard is a hygiene matter, noted here.
        _fact(res, PASS, "no environment file committed" + (
            " (.gitignore does not list .env yet)" if facts.gitignore else
            " (no .gitignore to keep one out)"))


def _hygiene(res: ItemResult, facts: RepoFacts) -> None:
    checks = [
        (bool(facts.readme), f"README present ({facts.readme})" if facts.readme else "no README"),
    ]
    if facts.source_distribution and not (facts.gitignore or facts.ci):
        # .gitignore and CI belong to the repository; a source distribution never carries them
        res.evidence.append(Evidence("a source distribution (PKG-INFO): .gitignore and CI are "
                                     "the repository's, not judged here", status=NA))
    else:
        checks += [
            (facts.gitignore, ".gitignore present" if facts.gitignore else "no .gitignore"),
            (bool(facts.ci), "CI configured: " + ", ".join(facts.ci) if facts.ci
             else "no CI configuration found"),
        ]
    missing = sum(1 for ok, _ in checks if not ok)
    for ok, message in checks:
        res.evidence.append(Evidence(message, status=PASS if ok else WARN))
    res.worsen(PASS if missing == 0 else FAIL if missing == len(checks) else WARN)
