"""Each codemod on its input/expected pair, found by the real scan; exact text, comments kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from aiscan.pipeline.config import Config
from aiscan.fix import registry
from aiscan.fix.apply import Target, fix_source
from aiscan.fix.runner import mask_secrets, plan, summary
from aiscan.fix.codemods.secrets_env import env_name
from aiscan.engine.rules import load_rules
from aiscan.pipeline.scan import run_scan

FIXES = Path(__file__).parent / "data" / "fixes"
PAIRS = sorted(p.name for p in FIXES.iterdir() if (p / "input.py").is_file())


def fix_file(tmp_path: Path, text: str):
    (tmp_path / "app.py").write_text(text, encoding="utf-8")
    config = Config()
    config.use_cache, config.jobs = False, 1
    run = plan(run_scan([str(tmp_path)], config))
    fixed = run.files[0].source.fixed if run.files else text
    return fixed, run


def test_every_codemod_bound_to_a_rule_has_a_fixture_pair():
    bound = {r.fix["codemod"] for r in load_rules().rules if r.fix}
    transforming = {n for n in bound if not registry.get(n).note_only}
    assert transforming <= set(PAIRS), f"codemods without input/expected: {transforming - set(PAIRS)}"
    assert all(registry.get(n) is not None for n in bound), "a rule names an unknown codemod"


@pytest.mark.parametrize("name", PAIRS)
def test_codemod_output_is_exact(tmp_path, name):
    source = (FIXES / name / "input.py").read_text(encoding="utf-8")
    fixed, run = fix_file(tmp_path, source)
    assert fixed == (FIXES / name / "expected.py").read_text(encoding="utf-8")
    assert {o.target.codemod for o in run.fixed} == {name}


@pytest.mark.parametrize("name", PAIRS)
def test_codemod_is_idempotent(tmp_path, name):
    expected = (FIXES / name / "expected.py").read_text(encoding="utf-8")
    fixed, run = fix_file(tmp_path, expected)
    assert fixed == expected
    assert not run.fixed


def test_declines_are_reported_with_a_reason(tmp_path):
    _, run = fix_file(tmp_path, (FIXES / "shell-to-argv" / "input.py").read_text())
    [declined] = run.needs_human
    assert declined.target.line == 8 and "shell syntax" in declined.reason
    _, run = fix_file(tmp_path, (FIXES / "tempfile-mkstemp" / "input.py").read_text())
    [declined] = run.needs_human
    assert declined.target.line == 13 and "mkdir()" in declined.reason


def test_only_the_occurrence_at_the_finding_changes():
    text = "import yaml\na = yaml.load(s)\nb = yaml.load(s)\nc = yaml.load(s); d = yaml.load(s)\n"
    out = fix_source(text, [Target("yaml-safe-load", 3, 5), Target("yaml-safe-load", 4, 23)])
    assert out.fixed == ("import yaml\na = yaml.load(s)\nb = yaml.safe_load(s)\n"
                         "c = yaml.load(s); d = yaml.safe_load(s)\n")


def test_a_target_with_nothing_to_rewrite_is_declined_not_guessed():
    text = "import yaml\nx = 1\n"
    out = fix_source(text, [Target("yaml-safe-load", 2, 1)])
    assert out.fixed == text
    assert [o.reason for o in out.outcomes] == ["no code the fix can rewrite at this position"]


def test_note_only_fix_never_changes_code(tmp_path):
    text = "import hashlib\n\ndef store(user, password):\n    user.pw_hash = hashlib.md5(password.encode()).hexdigest()\n"
    fixed, run = fix_file(tmp_path, text)
    assert fixed == text
    [outcome] = run.needs_human
    assert outcome.target.key.rule_id == "PY302" and outcome.reason.startswith("no automatic crypto change")
    assert "needs a human: PY302 app.py:4: no automatic crypto change" in summary(run, applied=True)


def test_randint_in_an_expression_keeps_its_meaning():
    text = "import random\nbase = 10 * random.randint(1, 6)\nlow = random.randint(0, 9)\n"
    out = fix_source(text, [Target("secrets-random", 2, 13), Target("secrets-random", 3, 7)])
    assert out.fixed == ("import random\nimport secrets\nbase = 10 * (secrets.randbelow(6) + 1)\n"
                         "low = secrets.randbelow(10)\n")


def test_randint_with_side_effecting_bounds_is_declined():
    out = fix_source("import random\npin = random.randint(lo(), hi())\n", [Target("secrets-random", 2, 7)])
    assert not out.changed and "evaluated twice" in out.outcomes[0].reason


# -- secret-to-env: no rule binds it yet (the secret rules arrive separately) ---------------
SECRET = "sk-" + "Zq8vT3nW" * 4


def test_secret_to_env_uses_the_variable_name_and_imports_os():
    text = f'"""Client."""\nimport openai\n\nopenai_api_key = "{SECRET}"  # from the dashboard\n'
    out = fix_source(text, [Target("secret-to-env", 4, 22)])  # a finding inside the literal
    assert out.fixed == ('"""Client."""\nimport openai\nimport os\n\n'
                         'openai_api_key = os.environ["OPENAI_API_KEY"]  # from the dashboard\n')
    assert out.secrets == [SECRET]


def test_secret_to_env_keyword_and_attribute_targets():
    text = f'import os\nclient = Client(api_key="{SECRET}")\nself.dbPassword = "{SECRET}"\n'
    out = fix_source(text, [Target("secret-to-env", 2, 25), Target("secret-to-env", 3, 20)])
    assert out.fixed == ('import os\nclient = Client(api_key=os.environ["API_KEY"])\n'
                         'self.dbPassword = os.environ["DB_PASSWORD"]\n')


def test_secret_to_env_declines_without_a_name():
    out = fix_source(f'print("{SECRET}")\n', [Target("secret-to-env", 1, 8)])
    assert not out.changed and not out.outcomes[0].fixed


def test_env_names():
    assert env_name("openai_api_key") == "OPENAI_API_KEY"
    assert env_name("self.stripeSecretKey") == "STRIPE_SECRET_KEY"
    assert env_name("AWSAccessKey") == "AWS_ACCESS_KEY"


def test_diffs_mask_removed_secrets():
    masked = mask_secrets(f'-key = "{SECRET}"\n', [SECRET])
    assert SECRET not in masked and masked.startswith('-key = "sk-Z')


def test_a_rewrite_that_would_not_parse_is_refused(monkeypatch):
    import libcst as cst

    from aiscan.fix.registry import Codemod

    broken = Codemod("broken", "test", (cst.Call,), lambda n: n.func,
                     lambda ctx, original, updated: cst.Await(updated))  # await outside a function
    monkeypatch.setitem(registry._REGISTRY, "broken", broken)
    text = "import yaml\nx = yaml.load(s)\n"
    out = fix_source(text, [Target("broken", 2, 5)])
    assert out.fixed == text
    assert out.outcomes[0].reason == "the rewritten file would not parse"


def test_a_file_edited_after_the_scan_is_not_rewritten_at_stale_positions(tmp_path):
    (tmp_path / "app.py").write_text("import yaml\nx = yaml.load(s)\n")
    config = Config()
    config.use_cache, config.jobs = False, 1
    result = run_scan([str(tmp_path)], config)
    (tmp_path / "app.py").write_text("import yaml\n# moved\nx = yaml.load(s)\n")
    run = plan(result)
    assert not run.files[0].source.changed
    assert [o.reason for o in run.needs_human] == ["the line changed since the scan; run again"]
