"""Checklist evaluation, score and grade, and the repository facts they rest on."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from aiscan.audit.checklist import FAIL, NA, PASS, WARN, compute_score, evaluate, grade_for
from aiscan.audit.checklist_items import BY_ID, ITEMS
from aiscan.model import Finding, Location, Severity
from aiscan.audit.repo_facts import RepoFacts, collect, is_test_path

RULES = {
    "X1": SimpleNamespace(checklist="injection", confidence="medium"),
    "X2": SimpleNamespace(checklist="crypto", confidence="high"),
    "X3": SimpleNamespace(checklist="llm-safety", confidence="medium"),
    "X4": SimpleNamespace(checklist="tls", confidence="medium"),
    "X5": SimpleNamespace(checklist="deserialization", confidence="medium"),
}


def finding(rule_id: str, severity: Severity, suppressed: str | None = None) -> Finding:
    return Finding(rule_id, Location("app.py", 3, 1, 3, 9), "msg", severity, snippet="x = y",
                   suppressed=suppressed)


def healthy_facts(**over) -> RepoFacts:
    facts = RepoFacts(source_files=10, test_files=["tests/test_a.py", "tests/test_b.py"],
                      lockfiles=["uv.lock"], manifests=["pyproject.toml"], gitignore=True,
                      gitignore_covers_env=True, ci=[".github/workflows/ci.yml"],
                      readme="README.md", llm_sdk_files=["llm.py"])
    for key, value in over.items():
        setattr(facts, key, value)
    return facts


def test_item_ids_are_the_fixed_set():
    assert [i.id for i in ITEMS] == [
        "secrets", "secret-files", "injection", "deserialization", "crypto", "tls", "config",
        "llm-safety", "llm-governance", "dependencies", "unfinished", "errors", "complexity",
        "tests", "hygiene"]
    assert all(i.weight > 0 for i in ITEMS)


def test_every_rule_names_a_known_item(ruleset):
    assert {r.checklist for r in ruleset.rules} <= set(BY_ID)


def test_no_findings_and_healthy_facts_score_full_marks():
    cl = evaluate([], RULES, healthy_facts())
    assert {i.status for i in cl.items} == {PASS}
    assert (cl.score, cl.grade, cl.cap) == (100, "A", "")


def test_high_finding_fails_its_item_and_medium_warns():
    # no line count: densities are per 1,000 lines, so one high finding is 1 per 1,000 (fail)
    cl = evaluate([finding("X1", Severity.HIGH), finding("X2", Severity.MEDIUM)], RULES,
                  healthy_facts())
    assert cl.item("injection").status == FAIL
    assert cl.item("crypto").status == WARN
    assert "earns 0.50" in cl.item("crypto").reason
    ev = cl.item("injection").evidence[0]
    assert (ev.rule_id, ev.path, ev.line, ev.snippet, ev.severity) == ("X1", "app.py", 3, "x = y",
                                                                       "high")
    total = sum(i.weight for i in ITEMS)
    expected = round(100 * (total - BY_ID["injection"].weight - BY_ID["crypto"].weight / 2) / total)
    # a failing item caps the grade at C, and the score with it
    assert cl.grade == "C" and cl.score == min(expected, 79)


def test_density_decides_between_an_outlier_and_a_pattern():
    one_high = [finding("X1", Severity.HIGH)]
    large = evaluate(one_high, RULES, healthy_facts(), production_lines=40_000)
    assert large.item("injection").status == WARN and large.cap == ""
    assert large.item("injection").score > 0.9 and large.grade == "A"
    assert "0.03 per 1,000" in large.item("injection").reason
    dense = evaluate(one_high * 10, RULES, healthy_facts(), production_lines=10_000)
    assert dense.item("injection").status == FAIL and "at least 0.5 fails" in \
        dense.item("injection").reason
    # a traced flow from untrusted input is proof, however large the code base
    flow = finding("X1", Severity.HIGH)
    flow.properties["taint"] = {"sink": "eval"}
    traced = evaluate([flow], RULES, healthy_facts(), production_lines=40_000)
    assert traced.item("injection").status == FAIL and "conclusive" in \
        traced.item("injection").reason
    # a trace from the command line or the environment only crosses no trust boundary: it
    # warns like any high finding, it proves nothing
    local = finding("X1", Severity.HIGH)
    local.properties["taint"] = {"sink": "subprocess.Popen", "sources": ["argv", "env"]}
    cli = evaluate([local], RULES, healthy_facts(), production_lines=40_000)
    assert cli.item("injection").status == WARN and cli.cap == ""
    fetched = finding("X1", Severity.HIGH)
    fetched.properties["taint"] = {"sink": "innerHTML", "sources": ["http"]}
    assert evaluate([fetched], RULES, healthy_facts(),
                    production_lines=40_000).item("injection").status == WARN
    # nor do they make a pattern: ten of them in 10,000 lines warn, where ten others fail
    assert evaluate([local] * 10, RULES, healthy_facts(),
                    production_lines=10_000).item("injection").status == WARN
    mixed = finding("X1", Severity.HIGH)
    mixed.properties["taint"] = {"sink": "subprocess.Popen", "sources": ["argv", "request"]}
    assert evaluate([mixed], RULES, healthy_facts(),
                    production_lines=40_000).item("injection").status == FAIL
    # a few low findings are listed, not counted; many warn
    few = evaluate([finding("X2", Severity.LOW)] * 3, RULES, healthy_facts(),
                   production_lines=10_000)
    assert few.item("crypto").status == PASS and len(few.item("crypto").evidence) == 3
    many = evaluate([finding("X2", Severity.LOW)] * 30, RULES, healthy_facts(),
                    production_lines=10_000)
    assert many.item("crypto").status == WARN


def test_suppressed_findings_do_not_count():
    cl = evaluate([finding("X1", Severity.CRITICAL, suppressed="reviewed")], RULES,
                  healthy_facts())
    assert cl.item("injection").status == PASS and cl.grade == "A"


def test_critical_caps_grade_at_d_and_high_at_c():
    crit = evaluate([finding("X2", Severity.CRITICAL)], RULES, healthy_facts())
    assert crit.grade == "D" and crit.score == 69 and "critical" in crit.cap
    high = evaluate([finding("X2", Severity.HIGH)], RULES, healthy_facts())
    assert high.grade == "C" and high.score == 79 and "failing item (crypto)" in high.cap
    # a critical pattern with less than high confidence proves nothing by itself
    weak = evaluate([finding("X1", Severity.CRITICAL)], RULES, healthy_facts(),
                    production_lines=40_000)
    assert weak.cap == "" and weak.item("injection").status == WARN


def test_cap_never_raises_a_grade():
    facts = RepoFacts(source_files=3)  # no tests, no README, no lockfile, no .gitignore
    findings = [finding(r, Severity.HIGH) for r in ("X1", "X2", "X4", "X5")]
    cl = evaluate(findings, RULES, facts)
    assert cl.score < 60 and cl.grade == "F" and cl.cap == ""


@pytest.mark.parametrize("score,grade", [(100, "A"), (90, "A"), (89.6, "B"), (80, "B"),
                                         (70, "C"), (60, "D"), (59.9, "F"), (0, "F")])
def test_grade_bands(score, grade):
    assert grade_for(score) == grade


def test_not_applicable_items_leave_both_sums():
    no_llm = healthy_facts(llm_sdk_files=[])
    cl = evaluate([finding("X2", Severity.MEDIUM)], RULES, no_llm)
    assert cl.item("llm-safety").status == NA and cl.item("llm-governance").status == NA
    scored = [i for i in ITEMS if i.id not in ("llm-safety", "llm-governance")]
    total = sum(i.weight for i in scored)
    assert cl.score == round(100 * (total - BY_ID["crypto"].weight / 2) / total)
    assert compute_score(cl.items) == cl.score


def test_llm_finding_makes_llm_items_apply_without_sdk_import():
    cl = evaluate([finding("X3", Severity.HIGH)], RULES, healthy_facts(llm_sdk_files=[]))
    assert cl.item("llm-safety").status == FAIL
    assert cl.item("llm-governance").status == NA


def test_tests_item_from_facts():
    assert evaluate([], RULES, healthy_facts(test_files=[])).item("tests").status == FAIL
    sparse = healthy_facts(source_files=40, test_files=["tests/test_a.py"])
    assert evaluate([], RULES, sparse).item("tests").status == WARN
    empty = healthy_facts(source_files=0, test_files=[])
    assert evaluate([], RULES, empty).item("tests").status == NA


def test_hygiene_and_dependencies_and_secret_files_from_facts():
    partial = evaluate([], RULES, healthy_facts(ci=[]))
    assert partial.item("hygiene").status == WARN
    bare = evaluate([], RULES, healthy_facts(ci=[], readme="", gitignore=False,
                                              gitignore_covers_env=False))
    assert bare.item("hygiene").status == FAIL
    # an unpacked sdist is what a registry published: its README is judged, not the
    # repository's .gitignore and CI, which never travel in one
    sdist = evaluate([], RULES, healthy_facts(ci=[], gitignore=False, gitignore_covers_env=False,
                                               source_distribution=True))
    assert sdist.item("hygiene").status == PASS
    assert "source distribution" in sdist.item("hygiene").reason
    bare_sdist = evaluate([], RULES, healthy_facts(ci=[], readme="", gitignore=False,
                                                   source_distribution=True))
    assert bare_sdist.item("hygiene").status == FAIL
    # nothing committed is nothing leaked: the missing .gitignore counts under hygiene
    assert bare.item("secret-files").status == PASS
    assert "no .gitignore" in bare.item("secret-files").reason
    assert evaluate([], RULES, healthy_facts(lockfiles=[])).item("dependencies").status == WARN
    library = healthy_facts(lockfiles=[], library_manifests=["pyproject.toml"])
    assert evaluate([], RULES, library).item("dependencies").status == PASS
    nothing = healthy_facts(source_files=0, test_files=[], lockfiles=[], manifests=[])
    assert evaluate([], RULES, nothing).item("dependencies").status == NA
    leaked = evaluate([], RULES, healthy_facts(env_files=[".env"]))
    assert leaked.item("secret-files").status == FAIL
    assert any(".env" in e.message for e in leaked.item("secret-files").evidence)


@pytest.mark.parametrize("path,expected", [
    ("tests/test_app.py", True), ("pkg/test_app.py", True), ("pkg/app_test.py", True),
    ("web/app.test.ts", True), ("web/app.spec.js", True), ("cmd/main_test.go", True),
    ("src/test/java/AppTest.java", True), ("pkg/app.py", False), ("web/contest.ts", False),
    ("src/main/java/App.java", False),
])
def test_is_test_path(path, expected):
    assert is_test_path(path) is expected


def write(root, rel: str, text: str = "") -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _llm_sdk_files(root, rels):
    """What the engine's `imports` fact collector says, with no rule selected."""
    from aiscan.engine.analyzer import Analyzer
    from aiscan.engine.rules import RuleSet

    analyzer = Analyzer(RuleSet([]))
    return [rel for rel in rels
            if "llm_sdk" in analyzer.analyze(str(root / rel), rel).facts.get("imports", {})]


def test_collect_reads_the_repository(tmp_path):
    write(tmp_path, "pkg/app.py", "import openai\n")
    write(tmp_path, "pkg/util.py", "# openai is mentioned in a comment only\n")
    write(tmp_path, "tests/test_app.py", "def test_x(): pass\n")
    write(tmp_path, "README.md", "# x\n")
    write(tmp_path, ".gitignore", "*.env\n.env\n")
    write(tmp_path, ".github/workflows/ci.yml", "on: push\n")
    write(tmp_path, "web/package.json", "{}")
    write(tmp_path, "web/package-lock.json", "{}")
    write(tmp_path, "requirements.txt", "requests==2.32.0\nflask==3.0.0  # web\n")
    write(tmp_path, ".env", "TOKEN=x\n")
    scanned = ["pkg/app.py", "pkg/util.py", "tests/test_app.py"]
    facts = collect(str(tmp_path), scanned, _llm_sdk_files(tmp_path, scanned))
    assert facts.source_files == 3 and facts.test_files == ["tests/test_app.py"]
    assert facts.llm_sdk_files == ["pkg/app.py"]
    assert facts.readme == "README.md"
    assert facts.ci == [".github/workflows/ci.yml"]
    assert facts.gitignore and facts.gitignore_covers_env and facts.env_files == []
    assert facts.lockfiles == ["web/package-lock.json"]
    assert facts.pinned_requirements == ["requirements.txt"]
    assert set(facts.manifests) == {"web/package.json", "requirements.txt"}


def test_collect_flags_unignored_env_and_loose_requirements(tmp_path):
    write(tmp_path, ".gitignore", "__pycache__/\n")
    write(tmp_path, ".env", "TOKEN=x\n")
    write(tmp_path, ".env.example", "TOKEN=\n")
    write(tmp_path, "requirements.txt", "requests\nflask>=3\n")
    write(tmp_path, ".gitlab-ci.yml", "test: {}\n")
    facts = collect(str(tmp_path), [])
    assert facts.gitignore and not facts.gitignore_covers_env
    assert facts.env_files == [".env"]
    assert facts.pinned_requirements == [] and facts.manifests == ["requirements.txt"]
    assert facts.ci == [".gitlab-ci.yml"]


@pytest.mark.parametrize("line", [
    "from anthropic import Anthropic", "import langchain_openai", "import OpenAI from 'openai';",
    'const { Anthropic } = require("@anthropic-ai/sdk")', '\t"github.com/sashabaranov/go-openai"',
    "import dev.langchain4j.model.chat.ChatLanguageModel;",
])
def test_llm_sdk_imports_are_recognised(tmp_path, line):
    from aiscan.engine.analyzer import Analyzer
    from aiscan.engine.rules import RuleSet

    write(tmp_path, "m.py", line + "\n")
    # the engine's `imports` fact collector sees it, with no rule selected at all
    result = Analyzer(RuleSet([])).analyze(str(tmp_path / "m.py"), "m.py")
    assert result.facts["imports"] == {"llm_sdk": True}
    assert collect(str(tmp_path), ["m.py"], _llm_sdk_files(tmp_path, ["m.py"])).llm_sdk_files \
        == ["m.py"]


def test_collect_does_not_follow_symlinked_dirs_out_of_root(tmp_path):
    outside = tmp_path / "outside"
    write(outside, "poetry.lock", "")
    root = tmp_path / "root"
    root.mkdir()
    (root / "linked").symlink_to(outside, target_is_directory=True)
    assert collect(str(root), []).lockfiles == []
