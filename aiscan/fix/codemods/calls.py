"""Codemods that rewrite one call: its callee or its arguments."""

from __future__ import annotations

import ast
import re
import shlex

import libcst as cst

from ..registry import Codemod, Decline, register


def _callee(node: cst.Call) -> cst.CSTNode:
    # tree-sitter starts a call at its callee; libcst would include enclosing parentheses
    return node.func


def _last_name(func: cst.BaseExpression) -> str:
    if isinstance(func, cst.Attribute):
        return func.attr.value
    if isinstance(func, cst.Name):
        return func.value
    return ""


def _rename(func: cst.BaseExpression, new: str) -> cst.BaseExpression:
    if isinstance(func, cst.Attribute):
        return func.with_changes(attr=cst.Name(new))
    return cst.Name(new)


def drop_args(call: cst.Call, drop) -> cst.Call:
    """Remove the arguments for which `drop(index, arg)` is true, keeping the call's layout.

    The new last argument inherits the removed last one's comma and trailing whitespace, so
    `f(a, b=1)` becomes `f(a)` and a one-per-line call keeps its trailing comma and newline.
    """
    args = list(call.args)
    keep = [a for i, a in enumerate(args) if not drop(i, a)]
    if len(keep) == len(args):
        return call
    if keep and keep[-1] is not args[-1]:
        keep[-1] = keep[-1].with_changes(comma=args[-1].comma,
                                         whitespace_after_arg=args[-1].whitespace_after_arg)
    return call.with_changes(args=keep)


def _keyword(call: cst.Call, name: str) -> cst.Arg | None:
    return next((a for a in call.args if a.keyword is not None and a.keyword.value == name), None)


# -- yaml.load -> yaml.safe_load ------------------------------------------------------------
SAFE_YAML = {"load": "safe_load", "load_all": "safe_load_all", "unsafe_load": "safe_load",
             "unsafe_load_all": "safe_load_all", "full_load": "safe_load",
             "full_load_all": "safe_load_all"}


def _yaml_safe_load(ctx, original: cst.Call, updated: cst.Call) -> cst.Call:
    name = _last_name(updated.func)
    if name not in SAFE_YAML:
        raise Decline(f"`{name}` is not a PyYAML loader this fix knows")
    if isinstance(updated.func, cst.Name):  # `from yaml import load`
        ctx.require_import("yaml", SAFE_YAML[name])
    positional = [a for a in updated.args if a.keyword is None and a.star == ""]
    loader = positional[1] if len(positional) > 1 else None
    call = drop_args(updated, lambda i, a: a is loader or (a.keyword is not None and a.keyword.value == "Loader"))
    return call.with_changes(func=_rename(updated.func, SAFE_YAML[name]))


register(Codemod("yaml-safe-load", "use yaml.safe_load, which builds plain data only",
                 (cst.Call,), _callee, _yaml_safe_load))


# -- requests.get(..., verify=False) -> drop the argument --------------------------------------
def _drop_verify_false(ctx, original: cst.Call, updated: cst.Call) -> cst.Call:
    arg = _keyword(updated, "verify")
    if arg is None or not (isinstance(arg.value, cst.Name) and arg.value.value == "False"):
        raise Decline("`verify` is not the literal False")
    return drop_args(updated, lambda i, a: a is arg)


register(Codemod("drop-verify-false", "remove verify=False: certificates are checked again",
                 (cst.Call,), _callee, _drop_verify_false))


# -- app.run(debug=True) -> debug from the environment ----------------------------------------
def _debug_from_env(ctx, original: cst.Call, updated: cst.Call) -> cst.Call:
    arg = _keyword(updated, "debug")
    if arg is None or not (isinstance(arg.value, cst.Name) and arg.value.value == "True"):
        raise Decline("`debug` is not the literal True")
    variable = ctx.params.get("variable", "FLASK_DEBUG")
    value = cst.parse_expression(f'os.environ.get("{variable}") == "1"')
    ctx.require_import("os")
    return updated.with_changes(args=[a.with_changes(value=value) if a is arg else a for a in updated.args])


register(Codemod("debug-from-env", "read the debug flag from the environment (off by default)",
                 (cst.Call,), _callee, _debug_from_env, params={"variable": str}))


# -- random.* -> secrets.* for tokens -----------------------------------------------------------
# Operators that bind tighter than `+` would split `secrets.randbelow(n) + a` apart.
LOOSE_PARENTS = (cst.Assign, cst.AnnAssign, cst.Arg, cst.Return, cst.Expr, cst.Element,
                 cst.DictElement, cst.AugAssign, cst.FormattedStringExpression, cst.Yield)
SIMPLE = (cst.Integer, cst.Name, cst.Attribute)


def _plain_int(node: cst.BaseExpression) -> int | None:
    text = cst.Module([]).code_for_node(node)
    if isinstance(node, (cst.Integer, cst.UnaryOperation)) and re.fullmatch(r"-?\s*\d[\d_]*", text):
        return int(text.replace(" ", ""))
    return None


def _secrets_random(ctx, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
    name = _last_name(updated.func)
    args = updated.args
    if name not in ("choice", "getrandbits", "randint"):
        raise Decline(f"`random.{name}` has no drop-in replacement in `secrets`; "
                      "choose secrets.token_urlsafe/token_hex by hand")
    if any(a.keyword is not None or a.star for a in args):
        raise Decline(f"`{name}` is called with keyword or star arguments")
    code = cst.Module([]).code_for_node
    if name in ("choice", "getrandbits") and len(args) == 1:
        new = "choice" if name == "choice" else "randbits"
        ctx.require_import("secrets")
        return updated.with_changes(func=cst.parse_expression(f"secrets.{new}"),
                                    args=[args[0].with_changes(comma=cst.MaybeSentinel.DEFAULT)])
    if name != "randint" or len(args) != 2:
        raise Decline(f"`random.{name}` is called with an unexpected number of arguments")
    low, high = args[0].value, args[1].value
    lo, hi = _plain_int(low), _plain_int(high)
    if lo is not None and hi is not None:
        if hi < lo:
            raise Decline("randint's bounds are reversed")
        text = f"secrets.randbelow({hi - lo + 1})" + (f" + {lo}" if lo else "")
    elif isinstance(low, SIMPLE) and isinstance(high, SIMPLE):
        # `a` is evaluated twice: only names, attributes and numbers are safe to repeat
        text = f"secrets.randbelow({code(high)} - {code(low)} + 1) + {code(low)}"
    else:
        raise Decline("randint's bounds are expressions that would be evaluated twice")
    parent = ctx.parent(original)
    if "+" in text and not isinstance(parent, LOOSE_PARENTS):
        text = f"({text})"
    ctx.require_import("secrets")
    return cst.parse_expression(text)


register(Codemod("secrets-random", "use the secrets module (a CSPRNG) instead of random",
                 (cst.Call,), _callee, _secrets_random))


# -- subprocess.*("literal", shell=True) -> argv list ---------------------------------------
# Anything the shell would interpret: with one of these the command is not a plain argv.
SHELL_SPECIAL = set("|&;<>()$`\\\"'*?[]{}~!#%\n\r\t")


def argv_of(command: str) -> list[str] | None:
    """The argv a shell would build from `command`, or None when the shell would do more."""
    if not command.strip() or SHELL_SPECIAL & set(command):
        return None
    argv = shlex.split(command)
    if "=" in argv[0] or shlex.join(argv) != " ".join(command.split()):
        return None  # `VAR=1 cmd` sets the environment; anything quoted needs the shell
    return argv


def _shell_to_argv(ctx, original: cst.Call, updated: cst.Call) -> cst.Call:
    shell = _keyword(updated, "shell")
    command = next((a for a in updated.args if a.keyword is None and not a.star), None) \
        or _keyword(updated, "args")
    if shell is None or command is None:
        raise Decline("no shell=True or no command argument")
    literal = command.value
    if not isinstance(literal, cst.SimpleString) or re.search(r"[bBfF]", literal.prefix):
        raise Decline("the command is not a single plain string literal")
    argv = argv_of(ast.literal_eval(literal.value))
    if argv is None:
        raise Decline("the command uses shell syntax (operators, quoting, variables or globs)")
    quote = literal.quote if len(literal.quote) == 1 else '"'
    items = ", ".join(f"{quote}{word}{quote}" for word in argv)
    argv_list = cst.parse_expression(f"[{items}]")
    call = updated.with_changes(args=[a.with_changes(value=argv_list) if a is command else a
                                      for a in updated.args])
    return drop_args(call, lambda i, a: a.keyword is not None and a.keyword.value == "shell")


register(Codemod("shell-to-argv", "run the command as an argv list, without a shell",
                 (cst.Call,), _callee, _shell_to_argv))


# -- weak password hashing: needs a human ------------------------------------------------------
register(Codemod("needs-human", "needs a human: no safe automatic change exists",
                 params={"reason": str}))
