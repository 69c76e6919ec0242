"""Sinks: the calls, assignments, prompt entries and returns where tainted data is a flaw.

A mixin of the taint walker: it reads the walker's current scope (`self.env`, `self.scopes`,
`self.routes`) and appends to `self.flows`.
"""

from __future__ import annotations

import fnmatch
import re
import sys
from dataclasses import dataclass

from ...engine import syntax
from .constants import SANDBOX_KEY, constant_text, module_strings, sandbox_call
from .specs import ENV, EXCEPTION, Sink
from .summaries import (MAX_CALL_FACTS, MAX_PENDING, MAX_SINKS, argument_taints,
                        imported_sinks, local_callee, substitute)
from .dispatch import called_field, package_callee
from .xmlparsers import HARDENING_METHODS, XXE, harden, parse_taint, recorded
from .containers import MODEL_PREFIX, appended, constant_key, inserted, popped
from .markup import built_parts, xml_markup
from .values import ARG_PREFIX, CLEAN, STRICT_PREFIX, real
from .scope_keys import KEYS_KEY

FALSY = frozenset({"False", "0", "None", "false", "null", "undefined"})
# scope copies kept per file for syntactic rules' proofs; past it a proof sees no scope (only
# literals and sanitizer calls pass), so a huge file costs no more than this
MAX_SNAPSHOTS = 500
HOST_FIXED = re.compile(r"://[^/?#\0]+[/?#]")
TEXT_PARTS = frozenset({"string_start", "string_content", "string_end", "string_fragment",
                        "escape_sequence"})
LIST_TYPES = frozenset({"list", "array", "tuple"})
FETCHER = re.compile(r"""["'`]\s*(?:curl|wget)\s""")
WRITES = frozenset({"write", "write_text", "write_bytes"})
CODE_FILE_WINDOW = 4000  # how far back an `open(...)` of the written file is looked for
SHELLS = frozenset({"sh", "bash", "zsh", "dash", "ksh", "cmd", "cmd.exe", "powershell",
                    "powershell.exe", "pwsh"})

# calls that write bytes to a connection, and the start of a hand-written HTTP response head
RAW_WRITES = frozenset({"write", "end", "send", "sendall", "writelines"})
RAW_HEAD = re.compile(r"""^\(*[bfrBFR]{0,2}["'`]HTTP/\d""")
# a test that a chat message's role is system (`role == "system"`, `t in {"system", ...}`)
ROLE_NAME = re.compile(r"""["'](?:system|developer)["']""")
ROLE_TEST = re.compile(r"""(?:===?|\bin\b)[^:]{0,120}?["'](?:system|developer)["']"""
                       r"""|["'](?:system|developer)["']\s*===?"""
                       r"""|\binstanceof\s+\w*SystemMessage\b|isinstance\([^)]{0,80}SystemMessage""")
def _without_env(taint: frozenset) -> frozenset:
    """The program a command runs without a shell: a path taken from the environment is
    configuration. One named on the command line or at the terminal stays a (local-source)
    flow, which the default policy holds back like every local-only flow into a command
    (aiscan.pipeline.policy): the user choosing what to run (`nohup`, `xargs`, a re-exec of
    the program itself) is shown only with `--profile all`. Into a shell string it is
    reported."""
    return frozenset(item for item in taint if item[0] != ENV)


CODE_FLAGS = frozenset({"-c", "-e", "/c", "/C", "-Command", "--eval", "-lc", "-ic"})
INTERPRETERS = SHELLS | {"python", "python3", "sys.executable", "node", "process.execPath",
                         "perl", "ruby", "php", "deno", "bun"}


def _argv_head(node, profile):
    """The expression holding a program's name: `[sys.executable] + argv` starts with the
    list on the left of `+` (the rest only adds arguments)."""
    head = node
    for _ in range(16):
        while head.type == "parenthesized_expression" and head.named_child_count == 1:
            head = head.named_children[0]
        op = head.child_by_field_name("operator")
        if head.type not in profile.concat_types or op is None or syntax.text(op) != "+":
            break
        left = head.child_by_field_name("left")
        if left is None:
            break
        head = left
    return head if head.type in LIST_TYPES else node


JS_EXTENSIONS = frozenset({"js", "ts", "mjs", "cjs", "jsx", "tsx"})
# never the project's own modules
STDLIB_HEADS = frozenset(sys.stdlib_module_names) | {"flask", "django", "fastapi", "numpy",
                                                    "pandas", "requests", "sqlalchemy"}


_JOINED: dict[tuple[str, ...], re.Pattern] = {}


def _joined(patterns: list) -> re.Pattern:
    """The callee globs rules asked snapshots for, as one pattern (one match per call)."""
    key = tuple(rx.pattern for rx in patterns)
    rx = _JOINED.get(key)
    if rx is None:
        if len(_JOINED) > 64:
            _JOINED.clear()
        rx = _JOINED[key] = re.compile("|".join(f"(?:{p})" for p in key))
    return rx


def _module_function(language: str, imported: str, rest: str) -> tuple[str, str]:
    """(module, function) a call into an imported module may be, if the module can be the
    project's own: a Python module (resolved to a file later) or a relative JS path."""
    if language == "python":
        full = f"{imported}.{rest}" if rest else imported
        module, _, function = full.rpartition(".")
        if module.split(".", 1)[0] in STDLIB_HEADS:
            return "", ""
        return module, function
    if language == "go":
        # a module path starts with a domain (`github.com/org/app/internal/common`); the
        # standard library's (`net/http`) never has a dot there
        if not rest or "." not in imported.split("/", 1)[0]:
            return "", ""
        return imported, rest.rsplit(".", 1)[-1]
    if language not in ("javascript", "typescript", "tsx") or not imported.startswith("."):
        return "", ""  # JS: only relative module paths are the project's own
    if rest:
        return imported, rest.rsplit(".", 1)[-1]
    last = imported.rsplit("/", 1)[-1]
    if "." in last.lstrip(".") and last.rsplit(".", 1)[1] not in JS_EXTENSIONS:
        module, function = imported.rsplit(".", 1)  # `const { f } = require("./m")`
        return module, function
    return imported, "default"  # the module's default export, called directly


@dataclass(frozen=True)
class Flow:
    category: str
    node: object  # where to report: the sink call, assignment or prompt entry
    sink: str  # the sink's name as the user wrote it, resolved through imports
    taint: frozenset


class SinkChecks:
    def _call(self, node) -> None:
        name = self.ev.callee(node)
        tail = name.rsplit(".", 1)[-1]
        if tail in self.spec.header_setters and self._location_header(node, name):
            return
        if tail in HARDENING_METHODS and node.type == "method_invocation":
            harden(node, self.env, self.profile)
        if len(self.snapshots) < MAX_SNAPSHOTS and self.snapshot_rx is not None and \
                self.snapshot_rx.fullmatch(name):
            self.snapshots[node.id] = dict(self.env)
        fn = node.child_by_field_name("function")
        if tail in WRITES and self.spec.code_files is not None:
            self._code_file_write(node, fn, tail)
        if node.type == "method_invocation":  # Java: `sb.append(x)`
            fn = node
        if tail in ("append", "push", "extend", "add", "update", "insert", "unshift", "put",
                    "set", "setdefault", "appendleft", "addAll", "putAll") and \
                fn is not None and (fn.type in self.profile.attribute_types or fn is node) and \
                getattr(fn.child_by_field_name("object"), "type", None) == "identifier" and \
                self.spec.sink_for(name, lambda: self._first_string(node)) is None:
            obj = fn.child_by_field_name("object")
            arguments = node.child_by_field_name("arguments")
            args = self.ev.taint(arguments, self.env)
            if obj is not None and obj.type == "identifier":
                key = syntax.text(obj)
                if tail in ("update", "setdefault", "put", "putAll", "set", "add"):
                    self.env.pop(KEYS_KEY + key, None)  # keys no longer only the literal's
                self._model_call(node, key, tail)
                if args:
                    self.env[key] = self.env.get(key, CLEAN) | args
                if self.proving:
                    strict = STRICT_PREFIX + key
                    self.env[strict] = self.env.get(strict, CLEAN) | \
                        self.strict.taint(arguments, self.env)
            return
        if tail == "pop" and fn is not None and fn.type in self.profile.attribute_types:
            obj = fn.child_by_field_name("object")
            if obj is not None and obj.type == "identifier":
                self._model_call(node, syntax.text(obj), tail)
            return
        sink = self.spec.sink_for(name, lambda: self._first_string(node))
        if sink is not None and sink.category == "header" and self._crlf_checked(name):
            sink = None
        if tail in RAW_WRITES:
            self._raw_head(node, name)
        # a local callee's name is the last segment of the call as written: most calls name
        # no function of this file, and are not looked at further; a parse sink is named by a
        # common word (`this.parse(x)` is the class's own)
        local = None
        if (sink is None or sink.parser) and \
                self.ctx.raw_callee(node).rsplit(".", 1)[-1] in self.defined:
            local = local_callee(node, self.profile, self.ctx.imports)
            if local is not None and local in self.defined:
                self._local_call(node, local)
                sink = None
            else:
                local = None
        if local is None and sink is None and self.profile.name == "go":
            self._go_call(node, name)
        if name != tail or sink is None:
            # a project module's function may share a sink's name (`products.search(q)`)
            self._module_call(node, name)
        if sink is None:
            return
        if sink.category == "system-prompt":
            # a prompt call spans many lines: point at the argument that carries the data
            for arg in self._sink_args(sink, node)[0]:
                self._record(sink.category, arg, name, self.ev.taint(arg, self.env))
            return
        if sink.category == "template" and self._sandboxed(fn):
            return
        if sink.category == "xss" and self._json_body(node):
            return
        self._record(sink.category, node, name, self._sink_taint(sink, node))

    def _json_body(self, node) -> bool:
        """`make_response(json.dumps(data))` in a function that declares the body
        `application/json`: a browser does not render it as HTML."""
        positional, _ = syntax.call_arguments(node, self.profile)
        if not positional or positional[0].type not in self.profile.call_types or \
                self.ev.callee(positional[0]) not in ("json.dumps", "flask.json.dumps"):
            return False
        cur = node.parent
        for _ in range(40):
            if cur is None:
                return False
            if cur.type in ("function_definition", "function_declaration"):
                return "application/json" in syntax.text(cur)[:20000]
            cur = cur.parent
        return False

    def _sandboxed(self, fn) -> bool:
        """`env.from_string(t)` on a Jinja sandbox (`SandboxedEnvironment`,
        `ImmutableSandboxedEnvironment`, or what a function of this module returns that builds
        one): the sandbox is Jinja's answer to untrusted templates, not template injection."""
        obj = fn.child_by_field_name("object") if fn is not None and \
            fn.type in self.profile.attribute_types else None
        if obj is None:
            return False
        if obj.type == "identifier":
            return self.env.get(SANDBOX_KEY + syntax.text(obj)) is True
        return obj.type in self.profile.call_types and sandbox_call(self.ctx, obj)

    def _location_header(self, node, name: str) -> bool:
        """`headers.add("Location", url)`, `.header(HttpHeaders.LOCATION, url)`,
        `map.get(LOCATION_KEY).add(url)`: the value is where the browser is sent."""
        positional, _ = syntax.call_arguments(node, self.profile)
        obj = node.child_by_field_name("object")
        if len(positional) == 1 and obj is not None and obj.type == node.type:
            inner, _ = syntax.call_arguments(obj, self.profile)
            method = obj.child_by_field_name("name")
            if method is None or syntax.text(method) != "get" or len(inner) != 1:
                return False
            key, value = inner[0], positional[0]
        elif len(positional) == 2:
            key, value = positional
        else:
            return False
        if key.type in self.profile.string_types:
            header = syntax.string_content(key)
        elif key.type == "identifier":
            header = module_strings(self.ctx).get(syntax.text(key), "")
        else:
            header = "location" if syntax.text(key).endswith(".LOCATION") else ""
        if header.lower() != "location":
            return False
        self._record("redirect", node, name, self.ev.taint(value, self.env))
        return True

    def _xml_document(self, node) -> None:
        """Data interpolated into an XML document built as text (markup.py)."""
        if node.parent is not None and node.parent.type in self.profile.concat_types or \
                "<" not in syntax.text(node)[:4000]:
            return
        text, values = built_parts(node, self.profile)
        if not values or not xml_markup(text):
            return
        for value in values:
            self._record("xml", value, "XML document", self.ev.taint(value, self.env))

    def _first_string(self, node) -> str | None:
        """The call's first argument when it is a plain string constant."""
        positional, _ = syntax.call_arguments(node, self.profile)
        if positional and positional[0].type in self.profile.string_types and \
                syntax.value_kind(positional[0], self.profile) == syntax.LITERAL:
            return syntax.string_content(positional[0])
        return None

    def _code_file_write(self, node, fn, tail: str) -> None:
        """`f.write(data)` where `f = open("…/x.py", "w")` (or `with open(...) as f`), and
        `path.write_text(data)` where the path names such a file: the data becomes code."""
        if fn is None or fn.type not in self.profile.attribute_types:
            return
        obj = fn.child_by_field_name("object")
        positional, _ = syntax.call_arguments(node, self.profile)
        if obj is None or not positional:
            return
        taint = self.ev.taint(positional[0], self.env)
        if not taint:
            return
        before = self.ctx.doc.text[max(0, node.start_byte - CODE_FILE_WINDOW):node.start_byte]
        if tail == "write":
            if obj.type != "identifier":
                return
            name = re.escape(syntax.text(obj))
            opened = None
            for opened in re.finditer(
                    rf"\b{name}\s*=\s*(?:io\.|codecs\.)?open\s*\(([^\n]*?)\)\s*$"
                    rf"|\bopen\s*\(([^\n]*?)\)\s+as\s+{name}\b", before, re.M):
                pass
            args = opened and (opened.group(1) or opened.group(2)) or ""
            if not re.search(r"""['"][wax]\+?b?['"]|mode\s*=\s*['"][wax]""", args):
                return
            first = re.match(r"\s*(\w+)\s*(?:,|$)", args)  # a name holding the path
            path = first.group(1) if first else args
            before = before[:opened.start()]
        else:
            path = syntax.text(obj)
        if not self._names_code_file(path, before):
            return
        self._record("code-file", node, f"{syntax.text(fn)}", taint)

    def _names_code_file(self, path: str, before: str) -> bool:
        """The path text names a code or template file, or is a name last assigned one."""
        if self.spec.code_files.search(path):
            return True
        if not re.fullmatch(r"\w+", path):
            return False
        assigned = None
        for assigned in re.finditer(rf"\b{re.escape(path)}\s*=\s*([^\n]+)", before):
            pass
        return assigned is not None and self.spec.code_files.search(assigned.group(1)) is not None

    def _sink_args(self, sink: Sink, node) -> tuple[list, dict]:
        positional, keywords = syntax.call_arguments(node, self.profile)
        chosen = list(positional) if sink.all_args else \
            [positional[i] for i in sink.args if i < len(positional)]
        if self.profile.name != "python":
            # an object literal is options or JSON (`res.send({..})`, `client.query({..})`),
            # never the command, SQL or HTML text; its properties count only as keywords
            chosen = [a for a in chosen if sink.category == "response" or
                      a.type not in ("object", "object_creation_expression")
                      or sink.category != "xss" and a.type == "object_creation_expression"]
        chosen += [keywords[k] for k in sink.keywords if k in keywords]
        return chosen, keywords

    def _sink_taint(self, sink: Sink, node) -> frozenset:
        chosen, keywords = self._sink_args(sink, node)
        if sink.receiver:
            obj = node.child_by_field_name("object") if node.type == "method_invocation" else None
            fn = node.child_by_field_name("function")
            if obj is None and fn is not None and fn.type in self.profile.attribute_types:
                obj = fn.child_by_field_name("object") or fn.child_by_field_name("operand")
            if obj is not None:
                chosen = [*chosen, obj]
        if sink.parser:
            document = self.ev.taint(chosen[0], self.env) if chosen else CLEAN
            return parse_taint(document, self.ev.taint(self._receiver(node), self.env))
        if sink.program_first:
            return self._program_taint(chosen)
        if not sink.argv:
            out = CLEAN
            for arg in chosen:
                out |= self._url_taint(arg) if sink.category == "ssrf" else \
                    self.ev.taint(arg, self.env)
            return out
        shell = keywords.get("shell")
        if shell is not None and syntax.text(shell) not in FALSY:
            return self._union(chosen)
        if not chosen:
            return CLEAN
        program = _argv_head(chosen[0], self.profile)
        if program.type in LIST_TYPES and self._runs_code(program.named_children):
            # `[sys.executable, "-c", code]`, `["bash", "-c", cmd]`: the string is run as code
            return self._union(chosen)
        if program.type in LIST_TYPES:
            first = program.named_children[0] if program.named_child_count else None
            taint = self.ev.taint(first, self.env)
        elif program.type == "identifier" and syntax.text(program) in self.scopes[-1][1]:
            taint = self.scopes[-1][1][syntax.text(program)]
        else:
            taint = self.ev.taint(program, self.env)
        return _without_env(taint)

    def _receiver(self, node):
        if node.type == "method_invocation":
            return node.child_by_field_name("object")
        fn = node.child_by_field_name("function")
        if fn is not None and fn.type in self.profile.attribute_types:
            return fn.child_by_field_name("object") or fn.child_by_field_name("operand")
        return None

    def _program_taint(self, args: list) -> frozenset:
        """`exec.Command("ls", dir)` runs ls whatever dir holds; `exec.Command("sh", "-c", s)`
        runs s. An array/list of them (`new ProcessBuilder(new String[]{...})`) is unpacked."""
        if len(args) == 1 and args[0].type in ("array_creation_expression", "list", "array"):
            inner = args[0].child_by_field_name("value") or args[0]
            args = [c for c in inner.named_children if c.type != "comment"]
        if not args:
            return CLEAN
        first = args[0]
        if first.type in self.profile.string_types and \
                syntax.string_content(first).rsplit("/", 1)[-1] in SHELLS or \
                self._runs_code(args) or any(
                    a.type in LIST_TYPES and self._runs_code(a.named_children) for a in args[1:3]):
            return self._union(args)
        return _without_env(self.ev.taint(first, self.env))

    def _crlf_checked(self, name: str) -> bool:
        """A header setter whose framework rejects CR/LF: no header can be split there."""
        return any(fnmatch.fnmatchcase(name, g) for g in self.spec.crlf_checked)

    def _raw_head(self, node, name: str) -> None:
        """`sock.sendall(f"HTTP/1.1 302 Found\\r\\nLocation: {url}...")`: a response head
        written by hand, where a CR/LF in the data starts a header of the attacker's."""
        positional, _ = syntax.call_arguments(node, self.profile)
        if positional and RAW_HEAD.match(syntax.text(positional[0])[:24]):
            self._record("header", node, name, self.ev.taint(positional[0], self.env))

    def _runs_code(self, args) -> bool:
        """A literal `-c` / `-e` among a program's arguments: the interpreter or shell runs
        the next argument as code (`python -c`, `sh -c`, `node -e`, `cmd /c`)."""
        args = list(args)[:8]
        if not args:
            return False
        first = args[0]
        program = syntax.string_content(first).rsplit("/", 1)[-1] \
            if first.type in self.profile.string_types else syntax.text(first)[:40]
        return program in INTERPRETERS and any(
            a.type in self.profile.string_types and syntax.string_content(a) in CODE_FLAGS
            for a in args[1:])

    def _url_taint(self, node) -> frozenset:
        """A URL whose text fixes scheme and host (`f"https://api.example.com/{x}"`) goes to
        that host whatever follows: only the parts before the host's end can redirect it."""
        p = self.profile
        if node.type in p.string_types or node.type in p.template_types:
            parts = node.children
        elif node.type in p.concat_types:
            parts, _ = syntax.plus_operands(node, p)
        else:
            return self.ev.taint(node, self.env)
        out, seen = CLEAN, ""
        for part in parts:
            if part is None:
                continue
            if HOST_FIXED.search(seen):
                break
            if not part.is_named or part.type in TEXT_PARTS or (
                    part.type in p.string_types and part.type not in p.template_types):
                seen += syntax.text(part)
            elif part.type in p.string_types and node.type in p.concat_types:
                # a (Python) string operand of `+`: its own interpolations count
                out |= self._url_taint(part) if HOST_FIXED.search(seen) is None else CLEAN
                seen += syntax.text(part)
            else:
                taint = self.ev.taint(part, self.env)
                out |= taint
                seen += (constant_text(self.ctx, part) if not taint else None) or "h"
        return out

    def _union(self, nodes) -> frozenset:
        out = CLEAN
        for n in nodes:
            out |= self.ev.taint(n, self.env)
        return out

    def _object_literal(self, node) -> None:
        """A chat message dict/object, or React's `{__html: ...}` for dangerouslySetInnerHTML."""
        role = content = None
        for k, pair, value in syntax.literal_pairs(node):
            if k == "role" and value.type == "string":
                role = syntax.string_content(value)
            elif k == "content":
                content = value
            elif k == "__html":
                if self.proving and len(self.snapshots) < MAX_SNAPSHOTS:
                    self.snapshots[pair.id] = dict(self.env)
                self._record("xss", pair, "dangerouslySetInnerHTML", self.ev.taint(value, self.env))
        if role in ("system", "developer") and content is not None:
            self._record("system-prompt", content, f"{role} message",
                         self.ev.taint(content, self.env))

    def _returned_html(self, node) -> None:
        """A route handler returning markup it built from tainted data (Flask's HTML response)."""
        if not self.routes[-1] or node.named_child_count != 1:
            return
        value = node.named_children[0]
        # what a handler returns is the response body: exception text there is exposed
        self._record("response", node, "returned response",
                     frozenset(t for t in self.ev.taint(value, self.env) if t[0] == EXCEPTION))
        if syntax.value_kind(value, self.profile) != syntax.BUILT or "<" not in \
                syntax.text(value)[:2000]:
            return
        self._record("xss", node, "returned HTML", self.ev.taint(value, self.env))

    def _model_call(self, node, name: str, method: str) -> None:
        """`l.append(x)`, `l.insert(0, x)`, `l.pop(0)` on a list/dict whose elements are known."""
        key = MODEL_PREFIX + name
        model = self.env.get(key)
        if model is None:
            return
        positional, _ = syntax.call_arguments(node, self.profile)
        new = None
        if not self._conditional(node):
            if method in ("append", "push") and len(positional) == 1:
                new = appended(model, self.ev.taint(positional[0], self.env))
            elif method == "insert" and len(positional) == 2:
                new = inserted(model, constant_key(positional[0]),
                               self.ev.taint(positional[1], self.env))
            elif method == "pop" and len(positional) <= 1:
                value, new = popped(model, constant_key(positional[0]) if positional else None)
                if value is not None:
                    self.popped[node.id] = value
        if new is None:
            self.env.pop(key, None)
        else:
            self.env[key] = new

    def _arguments(self, node) -> tuple[list, dict]:
        return argument_taints(node, self.profile, lambda a: self.ev.taint(a, self.env))

    def _local_call(self, node, name: str) -> None:
        """A call of a function of this file: its sinks, reached through the arguments."""
        positional, keywords = self._arguments(node)
        if not any(positional) and not any(keywords.values()):
            return
        summary = self.summaries.get(name)
        if summary is None:
            if len(self.pending) < MAX_PENDING:
                self.pending.append((name, positional, keywords))
            return
        self._apply_sinks(summary, positional, keywords)

    def _apply_sinks(self, summary, positional: list, keywords: dict) -> None:
        for category, node, sink, taint in summary.sinks:
            self._record(category, node, sink,
                         substitute(taint, summary, positional, keywords, keep_real=False))

    def _module_call(self, node, name: str) -> None:
        """A call into another module: if it may be the project's own, keep the tainted
        arguments as a fact for the cross-file round."""
        raw = self.ctx.raw_callee(node)
        head, _, rest = raw.partition(".")
        imported = self.ctx.imports.get(head)
        if imported is None or len(self.call_facts) >= MAX_CALL_FACTS:
            return
        module, function = _module_function(self.profile.name, imported, rest)
        if not module or not function:
            return
        self._project_call(node, name, raw, module, function)

    def _go_call(self, node, name: str) -> None:
        """Go: a call of another file of the package (`helper(x)`), kept like a module call,
        or a call through a field that may hold a function (`s.Handler(mode, in)`)."""
        imports = self.ctx.imports
        callee = package_callee(node, imports, self.defined)
        if callee is not None:
            if len(self.call_facts) < MAX_CALL_FACTS:
                self._project_call(node, name, callee, ".", callee)
            return
        field = called_field(node, imports)
        if field is None or len(self.dyncalls) >= MAX_CALL_FACTS:
            return
        args = self._fact_args(node)
        if args:
            self.dyncalls.append({"field": field, "args": args})

    def _fact_args(self, node) -> dict:
        positional, keywords = self._arguments(node)
        args = {}
        for key, taint in list(enumerate(positional)) + list(keywords.items()):
            items = [[label, sorted(done), line] for label, done, line in real(taint)]
            if items:
                args[str(key)] = items[:8]
        return args

    def _project_call(self, node, name: str, raw: str, module: str, function: str) -> None:
        found = self.imported.get(name) if self.imported else None
        if found is not None:
            # the other module's function passes this argument to a sink: report the call too
            positional, keywords = self._arguments(node)
            where = found.get("file", "?")
            for category, sink, line, taint in imported_sinks(found, positional, keywords):
                self._record(category, node, f"{raw} → {sink} ({where}:{line})", taint)
        args = self._fact_args(node)
        # an untainted call matters when the function returns a source of its own
        if module:
            self.call_facts.append({"module": module, "function": function, "args": args,
                                    "callee": name})

    def _role_branch(self, node) -> bool:
        """The node runs only when a message's role is already system: a branch under
        `if role == "system":` / `elif kind in {"system", "developer"}:` / `case "system":`
        that converts a chat message into its message object (`SystemMessage(content=...)`)
        keeps the role the data already had."""
        cur, child = node.parent, node
        for _ in range(48):
            if cur is None or cur.type in self.profile.function_types:
                return False
            if cur.type in ("if_statement", "elif_clause"):
                cond = cur.child_by_field_name("condition")
                body = cur.child_by_field_name("consequence")
                if body is not None and body.id == child.id and cond is not None and \
                        ROLE_TEST.search(syntax.text(cond)[:300]):
                    return True
            elif cur.type in ("switch_case", "case_clause"):
                value = cur.child_by_field_name("value") or (
                    cur.named_children[0] if cur.named_child_count else None)
                if value is not None and ROLE_NAME.fullmatch(syntax.text(value)[:20]):
                    return True
            cur, child = cur.parent, cur
        return False

    def _record(self, category: str, node, sink: str, taint: frozenset) -> None:
        if category == "system-prompt" and taint and self._role_branch(node):
            return
        if category == "command" and taint and node.type in self.profile.call_types and \
                FETCHER.search(syntax.text(node)[:300]):
            # `curl {url}` run for the user: the server fetches what they name
            self._record("ssrf", node, sink, taint)
        if category == XXE and taint:
            taint = recorded(taint)
        if taint:
            self.flows.append(Flow(category, node, sink, taint))
            # a sink one of the enclosing functions' parameters reaches: part of its summary
            fids = {label[1:].split(":", 1)[0] for label, _, _ in taint
                    if label.startswith(ARG_PREFIX)}
            for fid in fids:
                summary = self.by_fid.get(int(fid)) if fid.isdigit() else None
                if summary is not None and len(summary.sinks) < MAX_SINKS:
                    summary.sinks.append((category, node, sink, taint))
