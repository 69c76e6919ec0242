"""The secret rules carry the secret-to-env fix: a literal key becomes an environment read."""

from __future__ import annotations

import random
import string

from helpers import run_cli, write_tree


def _token(n: int, seed: int) -> str:
    r = random.Random(seed)
    return "".join(r.choice(string.ascii_letters + string.digits) for _ in range(n))


def test_fix_moves_provider_and_generic_secrets_to_the_environment(tmp_path):
    key = f"sk-proj-{_token(48, 1)}T3BlbkFJ{_token(20, 2)}"
    password = _token(20, 3)
    write_tree(tmp_path, {"app.py": f'import os\n\nopenai_api_key = "{key}"  # demo\ndb_password = "{password}"\n'})
    diff = run_cli("fix", ".", "--diff", cwd=tmp_path)
    assert key not in diff.output and password not in diff.output
    assert "left out of the diff" in diff.stderr  # a hunk showing a secret is never printed
    run_cli("fix", ".", cwd=tmp_path)
    fixed = (tmp_path / "app.py").read_text()
    assert key not in fixed and password not in fixed
    assert 'openai_api_key = os.environ["OPENAI_API_KEY"]  # demo\n' in fixed
    assert 'db_password = os.environ["DB_PASSWORD"]\n' in fixed
    after = run_cli("scan", ".", "--select", "SEC", "--no-cache", cwd=tmp_path)
    assert after.exit_code == 0, after.stdout
