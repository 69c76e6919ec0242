"""secret-to-env: a hard-coded secret literal becomes `os.environ["NAME"]`.

The name comes from what the literal is assigned to: `openai_api_key = "sk-…"` reads
`OPENAI_API_KEY`; `self.token = "…"` reads `TOKEN`; `Client(api_key="…")` reads `API_KEY`.
"""

from __future__ import annotations

import ast
import re

import libcst as cst

from ..registry import Codemod, Decline, register


def env_name(target: str) -> str:
    """`openAIKey` -> OPEN_AI_KEY, `db.password` -> PASSWORD."""
    leaf = target.rsplit(".", 1)[-1].strip("_")
    leaf = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", leaf)
    return re.sub(r"[^A-Za-z0-9]+", "_", leaf).strip("_").upper()


def _target_name(ctx, string: cst.CSTNode) -> str | None:
    parent = ctx.parent(string)
    if isinstance(parent, (cst.Assign, cst.AnnAssign)):
        targets = [t.target for t in parent.targets] if isinstance(parent, cst.Assign) else [parent.target]
        if len(targets) == 1 and isinstance(targets[0], (cst.Name, cst.Attribute)):
            return cst.helpers.get_full_name_for_node(targets[0])
    if isinstance(parent, cst.Arg) and parent.keyword is not None:
        return parent.keyword.value
    if isinstance(parent, cst.DictElement) and isinstance(parent.key, cst.SimpleString):
        key = parent.key.evaluated_value
        return key if isinstance(key, str) else None
    return None


def _secret_to_env(ctx, original: cst.SimpleString, updated: cst.SimpleString):
    if re.search(r"[bBfF]", original.prefix):
        raise Decline("the secret is not a plain string literal")
    target = _target_name(ctx, original)
    name = env_name(target) if target else ""
    if not name or not re.match(r"[A-Z_]", name):
        raise Decline("the literal is not assigned to a name to derive the variable from")
    ctx.removed_secret(ast.literal_eval(original.value))
    ctx.require_import("os")
    return cst.parse_expression(f'os.environ["{ctx.params.get("variable", name)}"]')


register(Codemod("secret-to-env", "read the secret from the environment; rotate the leaked one",
                 (cst.SimpleString,), None, _secret_to_env, contains=True,
                 params={"variable": str}))
