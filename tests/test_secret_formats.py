"""Credential-bearing files end to end: discovery keeps them, each one is reported, and no
output format (text, JSON, SARIF, report) shows any of the planted values in clear."""

from __future__ import annotations

import base64
import json
import random
import string

import pytest
from click.testing import CliRunner

from aiscan.cli import main
from aiscan.pipeline.discovery import discover

RNG = random.Random(1717)
ALNUM = string.ascii_letters + string.digits


def rnd(n: int, alphabet: str = ALNUM) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _tree():
    """{relative path: (content, {secret values it holds}, expected rule id)}."""
    v = {k: rnd(16) for k in (
        "netrc", "pgpass", "npm", "docker", "kube", "compose_map", "compose_list", "docker_env",
        "actions", "spring", "dotnet", "php", "wp", "rails", "django", "flask", "xml", "ini",
        "sftp", "ftp", "sql", "browser", "tfvars", "tfstate", "ansible", "mycnf", "pypirc",
        "jwt", "session", "gitcred", "pip", "yarn")}
    pem = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + rnd(70) + "\n" + rnd(70) + \
        "\n-----END OPENSSH PRIVATE KEY-----\n"
    ppk_body = rnd(64)
    bcrypt = "$2y$10$" + rnd(53, "./" + ALNUM)
    master = rnd(32, "0123456789abcdef")
    return {
        ".netrc": (f"machine api.internal.net login ci password {v['netrc']}\n", [v["netrc"]], "SEC031"),
        ".pgpass": (f"db.internal.net:5432:app:app:{v['pgpass']}\n", [v["pgpass"]], "SEC031"),
        ".npmrc": (f"//npm.internal.net/:_authToken={v['npm']}\n", [v["npm"]], "SEC031"),
        ".yarnrc.yml": (f"npmAuthIdent: \"ci:{v['yarn']}\"\n", [v["yarn"]], "SEC031"),
        ".docker/config.json": (
            '{"auths": {"r.internal.net": {"auth": "%s"}}}\n' % b64("ci:" + v["docker"]),
            [b64("ci:" + v["docker"])], "SEC031"),
        "k8s/secret.yaml": (f"apiVersion: v1\nkind: Secret\nstringData:\n  token: {v['kube']}\n",
                            [v["kube"]], "SEC031"),
        "docker-compose.yml": (
            "services:\n  db:\n    environment:\n"
            f"      POSTGRES_PASSWORD: {v['compose_map']}\n"
            f"  app:\n    environment:\n      - DB_PASSWORD={v['compose_list']}\n",
            [v["compose_map"], v["compose_list"]], "SEC100"),
        "Dockerfile": (f"FROM alpine\nENV DB_PASSWORD {v['docker_env']}\n", [v["docker_env"]], "SEC100"),
        ".github/workflows/ci.yml": (f"jobs:\n  t:\n    env:\n      DEPLOY_TOKEN: {v['actions']}\n",
                                     [v["actions"]], "SEC100"),
        "src/main/resources/application.properties": (
            f"spring.datasource.password={v['spring']}\n", [v["spring"]], "SEC100"),
        "appsettings.json": (
            '{"ConnectionStrings": {"Db": "Server=sql.internal.net;Database=A;User Id=a;'
            f'Password={v["dotnet"]};"}}}}\n', [v["dotnet"]], "SEC025"),
        "wp-config.php": (f"<?php\ndefine('DB_PASSWORD', '{v['php']}');\n"
                          f"define('NONCE_SALT', '{v['wp']}');\n", [v["php"], v["wp"]], "SEC100"),
        "config/secrets.yml": (f"production:\n  secret_key_base: {v['rails']}\n", [v["rails"]], "SEC100"),
        "config/master.key": (master + "\n", [master], "SEC035"),
        "proj/settings.py": (f"SECRET_KEY = '{v['django']}'\n", [v["django"]], "SEC100"),
        "app.py": (f"app.config['SECRET_KEY'] = '{v['flask']}'\n", [v["flask"]], "SEC100"),
        "web.config": (f'<configuration><add key="ApiKey" value="{v["xml"]}" /></configuration>\n',
                       [v["xml"]], "SEC100"),
        "setup.cfg": (f"[db]\npassword = {v['ini']}\n", [v["ini"]], "SEC100"),
        ".my.cnf": (f"[client]\npassword={v['mycnf']}\n", [v["mycnf"]], "SEC100"),
        ".pypirc": (f"[pypi]\nusername = ci\npassword = {v['pypirc']}\n", [v["pypirc"]], "SEC100"),
        "sftp-config.json": (f'{{"host": "h.internal.net", "password": "{v["sftp"]}"}}\n',
                             [v["sftp"]], "SEC100"),
        ".vscode/sftp.json": (f'{{"host": "h.internal.net", "password": "{v["ftp"]}"}}\n',
                              [v["ftp"]], "SEC100"),
        ".htpasswd": (f"admin:{bcrypt}\n", [bcrypt], "SEC032"),
        "db/dump.sql": (f"INSERT INTO users (name, password) VALUES ('ops', '{v['sql']}');\n",
                        [v["sql"]], "SEC033"),
        "Chrome Passwords.csv": (f"name,url,username,password\nx,https://x.internal.net,me,{v['browser']}\n",
                                 [v["browser"]], "SEC034"),
        "prod.tfvars": (f'db_password = "{v["tfvars"]}"\n', [v["tfvars"]], "SEC100"),
        "terraform.tfstate": (f'{{"attributes": {{"password": "{v["tfstate"]}"}}}}\n', [v["tfstate"]], "SEC100"),
        "group_vars/all.yml": (f"ansible_become_pass: {v['ansible']}\n", [v["ansible"]], "SEC100"),
        "deploy/id_ed25519": (pem, [pem.splitlines()[1]], "SEC001"),
        "deploy/key.ppk": ("PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: k\n"
                           f"Public-Lines: 1\n{rnd(60)}\nPrivate-Lines: 1\n{ppk_body}\n",
                           [ppk_body], "SEC001"),
        "server/auth.js": (f'const jwt = require("jsonwebtoken");\nconst KEY = "{v["jwt"]}";\n'
                           "jwt.sign({}, KEY);\n", [v["jwt"]], "SEC036"),
        "server/app.js": (f'app.use(session({{ secret: "{v["session"]}" }}));\n', [v["session"]], "SEC100"),
        ".git-credentials": (f"https://ci:{v['gitcred']}@git.internal.net\n", [v["gitcred"]], "SEC026"),
        "pip.conf": (f"[global]\nindex-url = https://ci:{v['pip']}@pypi.internal.net/simple\n",
                     [v["pip"]], "SEC026"),
    }


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    root = tmp_path_factory.mktemp("formats")
    tree = _tree()
    for rel, (content, _, _) in tree.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    (root / "certs").mkdir()
    (root / "certs/client.p12").write_bytes(b"\x30\x82\x0a\x3c\x02\x01\x03\x00" + rnd(200).encode())
    return root, tree


def run(*args):
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.stdout


def test_discovery_keeps_every_credential_file(planted):
    root, tree = planted
    found = {f.rel for f in discover([str(root)], str(root)).files}
    assert set(tree) | {"certs/client.p12"} <= found


def test_each_format_is_reported_by_its_rule(planted):
    root, tree = planted
    data = json.loads(run("scan", str(root), "--select", "SEC", "--format", "json", "--jobs", "1",
                          "--no-cache"))
    by_file: dict[str, set[str]] = {}
    for f in data["findings"]:
        by_file.setdefault(f["path"], set()).add(f["rule_id"])
    missing = {rel: rid for rel, (_, _, rid) in tree.items() if rid not in by_file.get(rel, set())}
    assert not missing, f"not reported: {missing}; got {by_file}"
    assert "SEC035" in by_file.get("certs/client.p12", set())


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_no_scan_format_prints_a_planted_value(planted, fmt):
    root, tree = planted
    out = run("scan", str(root), "--select", "SEC", "--format", fmt, "--jobs", "1", "--no-cache")
    assert "SEC031" in out and "SEC036" in out
    _assert_masked(out, tree, fmt)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_no_report_format_prints_a_planted_value(planted, fmt):
    root, tree = planted
    out = run("report", str(root), "--format", fmt, "-j", "1")
    _assert_masked(out, tree, fmt)


def _assert_masked(out: str, tree, fmt: str) -> None:
    for rel, (_, values, _) in tree.items():
        for value in values:
            assert value not in out, f"{rel}: value leaked in {fmt} output"
            if len(value) >= 12:
                assert value[4:-2] not in out, f"{rel}: middle of value leaked in {fmt} output"


def test_file_level_findings_show_no_content(planted):
    root, _ = planted
    data = json.loads(run("scan", str(root), "--select", "SEC035", "--select", "SEC034", "--format", "json",
                          "--jobs", "1", "--no-cache"))
    assert {f["rule_id"] for f in data["findings"]} == {"SEC034", "SEC035"}
    for f in data["findings"]:
        assert f["snippet"] == "", f
