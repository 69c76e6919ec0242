"""Secrets end to end: redaction in every format, allowlist comments, .env files, notebooks,
and the validators that keep look-alikes quiet."""

from __future__ import annotations

import json
import random
import string
import zlib

import pytest
from click.testing import CliRunner

from aiscan.cli import main
from aiscan.redact import mask
from aiscan.analyses.secrets import validators

RNG = random.Random(7)
ALNUM = string.ascii_letters + string.digits


def rnd(n: int, alphabet: str = ALNUM) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def github_token(prefix: str = "ghp") -> str:
    body = f"{prefix}_{rnd(30)}"
    return body + validators._base62(zlib.crc32(body.encode()))


def scan(path, *args):
    result = CliRunner().invoke(main, ["scan", str(path), "--jobs", "1", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def rule_ids(path, *args) -> list[tuple[str, str, int]]:
    out = scan(path, "--format", "json", *args).stdout
    data = json.loads(out)
    return sorted((f["rule_id"], f["path"].rsplit("/", 1)[-1], f["line"]) for f in data["findings"])


@pytest.fixture()
def planted(tmp_path):
    secrets = {
        "openai": "sk-proj-" + rnd(60) + "T3BlbkFJ" + rnd(60),
        "anthropic": "sk-ant-api03-" + rnd(93) + "AA",
        "github": github_token(),
        "aws_secret": rnd(40, ALNUM + "+/"),
        "password": "Pw" + rnd(14),
        "db": rnd(18),
    }
    (tmp_path / "app.py").write_text(
        f'OPENAI_API_KEY = "{secrets["openai"]}"\n'
        f'client = anthropic.Anthropic(api_key="{secrets["anthropic"]}")\n'
        f'DB_PASSWORD = "{secrets["password"]}"\n'
        f'DATABASE_URL = "postgresql://app:{secrets["db"]}@db.internal/app"\n')
    (tmp_path / "deploy.env").write_text(
        f"GITHUB_TOKEN={secrets['github']}\naws_secret_access_key={secrets['aws_secret']}\n")
    return tmp_path, secrets


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_no_output_format_shows_a_secret_in_full(planted, fmt):
    root, secrets = planted
    out = scan(root, "--format", fmt).stdout
    for name, value in secrets.items():
        assert value not in out, f"{name} leaked in {fmt} output"
        assert value[4:-2] not in out, f"{name} middle part leaked in {fmt} output"
    assert mask(secrets["github"]) in out or fmt == "sarif" and "SEC006" in out
    for rid in ("SEC002", "SEC003", "SEC005", "SEC006", "SEC025", "SEC100"):
        assert rid in out, f"{rid} missing from {fmt} output"


def test_each_planted_secret_is_reported_once(planted):
    root, _ = planted
    found = rule_ids(root, "--select", "SEC")
    assert found == sorted([
        ("SEC002", "app.py", 1), ("SEC003", "app.py", 2), ("SEC100", "app.py", 3),
        ("SEC025", "app.py", 4), ("SEC006", "deploy.env", 1), ("SEC005", "deploy.env", 2),
        ("SEC200", "deploy.env", 1)])


def test_allowlist_comments_suppress_secret_findings(tmp_path):
    key = "sk-ant-api03-" + rnd(93) + "AA"
    (tmp_path / "a.py").write_text(
        f'K1 = "{key}"  # pragma: allowlist secret\n'
        f'# pragma: allowlist nextline secret\n'
        f'K2 = "{key}"\n'
        f'K3 = "{key}"  # gitleaks:allow\n'
        f'K4 = "{key}"\n')
    assert rule_ids(tmp_path, "--select", "SEC") == [("SEC003", "a.py", 5)]


def test_env_file_reported_unless_gitignored_or_a_template(tmp_path):
    (tmp_path / ".env").write_text("APP_ENV=production\n")
    (tmp_path / ".env.production").write_text("APP_ENV=production\n")
    (tmp_path / ".env.example").write_text("APP_ENV=\n")
    assert rule_ids(tmp_path, "--select", "SEC200") == [
        ("SEC200", ".env", 1), ("SEC200", ".env.production", 1)]
    (tmp_path / ".gitignore").write_text(".env\n")
    assert rule_ids(tmp_path, "--select", "SEC200") == [("SEC200", ".env.production", 1)]
    assert ("SEC200", ".env", 1) in rule_ids(tmp_path, "--select", "SEC200", "--no-gitignore")


def test_env_file_and_the_secret_in_it_are_both_reported(tmp_path):
    (tmp_path / ".env").write_text(f"SECRET_KEY={rnd(24)}\n")
    assert rule_ids(tmp_path, "--select", "SEC") == [("SEC100", ".env", 1), ("SEC200", ".env", 1)]


def test_secrets_in_notebook_cells_and_outputs(tmp_path):
    cell_key = "sk-ant-api03-" + rnd(93) + "AA"
    output_token = github_token("gho")
    nb = {
        "cells": [
            {"cell_type": "code", "metadata": {}, "execution_count": 1,
             "source": ["import anthropic\n", f'client = anthropic.Anthropic(api_key="{cell_key}")\n',
                        'db_password = "Vq8#mZp2rT!x9Lw"\n'],
             "outputs": [{"output_type": "stream", "name": "stdout",
                          "text": [f"token is {output_token}\n"]}]},
        ],
        "metadata": {}, "nbformat": 4, "nbformat_minor": 5,
    }
    (tmp_path / "demo.ipynb").write_text(json.dumps(nb, indent=1))
    found = {rid for rid, _, _ in rule_ids(tmp_path, "--select", "SEC")}
    assert {"SEC003", "SEC006", "SEC100"} <= found
    out = scan(tmp_path, "--format", "sarif").stdout
    assert cell_key not in out and output_token not in out


def test_github_checksum_separates_real_shapes_from_random_strings():
    good = github_token()
    assert validators.github_checksum(good) == ""
    wrong = good[:-1] + ("A" if good[-1] != "A" else "B")
    assert validators.github_checksum(wrong) is None


def test_supabase_severity_follows_the_role(tmp_path):
    import base64

    def part(d):
        return base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")

    def key(role):
        return f'{part({"alg": "HS256"})}.{part({"iss": "supabase", "ref": "abc", "role": role})}.{rnd(43)}'

    (tmp_path / "a.js").write_text(f'const a = "{key("service_role")}";\nconst b = "{key("anon")}";\n')
    data = json.loads(scan(tmp_path, "--format", "json", "--select", "SEC").stdout)
    by_line = {f["line"]: (f["rule_id"], f["severity"]) for f in data["findings"]}
    assert by_line == {1: ("SEC015", "critical"), 2: ("SEC015", "info")}


def test_allowlist_comments_leave_other_rules_alone(tmp_path):
    (tmp_path / "a.py").write_text("def f(x):\n    return eval(x)  # pragma: allowlist secret\n")
    assert rule_ids(tmp_path, "--select", "PY101") == [("PY101", "a.py", 2)]
