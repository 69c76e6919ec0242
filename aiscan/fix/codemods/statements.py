"""Codemods that rewrite a statement or a clause: bare `except:` and `tempfile.mktemp`."""

from __future__ import annotations

import libcst as cst

from ..registry import Codemod, Decline, register


# -- except: -> except Exception: ---------------------------------------------------------
def _except_exception(ctx, original: cst.ExceptHandler, updated: cst.ExceptHandler):
    if updated.type is not None:
        raise Decline("the handler already names an exception type")
    return updated.with_changes(type=cst.Name("Exception"),
                                whitespace_after_except=cst.SimpleWhitespace(" "))


register(Codemod("except-exception", "catch Exception, not KeyboardInterrupt and SystemExit",
                 (cst.ExceptHandler,), None, _except_exception))  # its position starts at `except`


# -- path = tempfile.mktemp() -> fd, path = tempfile.mkstemp(); os.close(fd) ------------------
# A path from mkstemp already exists: uses that need it absent (or a directory) would break.
NEEDS_ABSENT = {"mkdir", "makedirs", "exists", "lexists", "isfile", "isdir", "symlink", "link",
                "copytree", "mkfifo", "mknod", "symlink_to", "hardlink_to", "mkdtemp"}


def _mktemp_call(stmt: cst.SimpleStatementLine) -> cst.Call | None:
    if len(stmt.body) == 1 and isinstance(stmt.body[0], cst.Assign):
        value = stmt.body[0].value
        if isinstance(value, cst.Call):
            return value
    return None


def _mktemp_anchor(node: cst.SimpleStatementLine) -> cst.CSTNode | None:
    call = _mktemp_call(node)
    return call.func if call is not None else None


class _Uses(cst.CSTVisitor):
    """Every use of `name` in a scope, classified: only call arguments are known path uses."""

    def __init__(self, name: str, skip: cst.CSTNode):
        self.name = name
        self.skip = skip
        self.unsure: list[str] = []
        self._call_stack: list[str] = []
        self._in_arg = 0

    def visit_SimpleStatementLine(self, node: cst.SimpleStatementLine) -> bool:
        return node is not self.skip

    def visit_Call(self, node: cst.Call) -> None:
        func = node.func
        last = func.attr.value if isinstance(func, cst.Attribute) else getattr(func, "value", "")
        self._call_stack.append(last if isinstance(last, str) else "")

    def leave_Call(self, node: cst.Call) -> None:
        self._call_stack.pop()

    def visit_Arg(self, node: cst.Arg) -> None:
        self._in_arg += 1

    def leave_Arg(self, node: cst.Arg) -> None:
        self._in_arg -= 1

    def visit_Name(self, node: cst.Name) -> None:
        if node.value != self.name:
            return
        if not self._in_arg:
            self.unsure.append("used other than as a call argument")
        elif self._call_stack and self._call_stack[-1] in NEEDS_ABSENT:
            self.unsure.append(f"passed to {self._call_stack[-1]}(), which needs it not to exist")

    def visit_Attribute(self, node: cst.Attribute) -> bool:
        # `obj.path` is an attribute, not our variable; still check the object part
        node.value.visit(self)
        return False


def _enclosing_scope(ctx, node: cst.CSTNode) -> cst.CSTNode:
    cur = ctx.parent(node)
    while cur is not None and not isinstance(cur, (cst.FunctionDef, cst.Module)):
        cur = ctx.parent(cur)
    return cur if cur is not None else ctx.module


def _mkstemp(ctx, original: cst.SimpleStatementLine, updated: cst.SimpleStatementLine):
    call = _mktemp_call(updated)
    assign = updated.body[0]
    if not (isinstance(call.func, cst.Attribute) and call.func.attr.value == "mktemp"
            and isinstance(call.func.value, cst.Name) and call.func.value.value == "tempfile"):
        raise Decline("only `tempfile.mktemp(...)` written with the module name is rewritten")
    if len(assign.targets) != 1 or not isinstance(assign.targets[0].target, cst.Name):
        raise Decline("the path is not assigned to a single variable")
    name = assign.targets[0].target.value
    uses = _Uses(name, original)
    scope = _enclosing_scope(ctx, original)
    (scope.body if isinstance(scope, cst.FunctionDef) else scope).visit(uses)
    if uses.unsure:
        raise Decline(f"`{name}` is {uses.unsure[0]}; mkstemp creates the file, check by hand")
    fd = "fd" if "fd" not in ctx.names_in_use else f"{name}_fd"
    if fd in ctx.names_in_use:
        raise Decline(f"no free name for the file descriptor (`{fd}` is taken)")
    new_assign = assign.with_changes(
        targets=[cst.AssignTarget(cst.parse_expression(f"{fd}, {name}"))],
        value=call.with_changes(func=call.func.with_changes(attr=cst.Name("mkstemp"))))
    ctx.require_import("os")
    close = cst.SimpleStatementLine([cst.Expr(cst.parse_expression(f"os.close({fd})"))])
    return cst.FlattenSentinel([updated.with_changes(body=[new_assign]), close])


register(Codemod("tempfile-mkstemp", "create the file atomically with mkstemp",
                 (cst.SimpleStatementLine,), _mktemp_anchor, _mkstemp))
