"""Code embedded in other files, analysed as code: the Python cells of a Jupyter notebook and
the inline `<script>` blocks of pages and templates.

An embedded part is a virtual document in the code's language plus a map from its positions
back to the file's. The engine analyses the virtual document with the rules of that language
(the file's own text is still scanned by the generic rules — secrets, AI residue — so nothing
is reported twice) and moves every finding back to the line and column of the file, so SARIF
and the text output point into the `.ipynb` JSON where the code is.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Callable

from ..model import Document, Location, Notification

_NOTE_LINE = re.compile(r"line (\d+):")


@dataclass
class Embedded:
    doc: Document  # the virtual document, in the code's language
    to_file: Callable[[int, int], tuple[int, int]]  # (virtual line, column) -> file's, 1-based
    what: str  # for notifications: "the notebook's code cells"; "" for none
    categories: frozenset[str] | None = None  # rule categories that apply; None: all

    def file_line(self, line: int) -> int:
        return self.to_file(line, 1)[0]

    def notification(self, note: Notification) -> Notification:
        """A notification of the virtual document, with the file's line where it names one."""
        m = _NOTE_LINE.match(note.message)
        if m is None:
            return note
        message = f"line {self.file_line(int(m.group(1)))}:" + note.message[m.end():]
        return Notification(message, note.path, note.level, note.rule_id)

    def facts(self, value):
        """Facts of the virtual document with every `line` the file's line."""
        if isinstance(value, dict):
            return {k: self.file_line(v) if k == "line" and isinstance(v, int) else self.facts(v)
                    for k, v in value.items()}
        if isinstance(value, list):
            return [self.facts(v) for v in value]
        return value

    def locate(self, loc: Location) -> Location:
        line, col = self.to_file(loc.line, loc.column)
        end_line, end_col = self.to_file(loc.end_line, loc.end_column)
        return Location(loc.path, line, col, end_line, end_col)


def parts(doc: Document) -> list[Embedded]:
    """The embedded code of `doc`: empty for files that hold none (a suffix test)."""
    lower = doc.path.lower()
    if lower.endswith(".ipynb") and '"cell_type"' in doc.text:
        part = notebook_python(doc)
        return [part] if part is not None else []
    if lower.endswith(PAGE_SUFFIXES) and "<script" in doc.text.lower():
        part = page_scripts(doc)
        return [part] if part is not None else []
    return []


# -- inline scripts of pages and templates ------------------------------------------------------

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".ejs", ".hbs", ".handlebars", ".mustache", ".njk",
                 ".jinja", ".jinja2", ".j2", ".djhtml", ".vue", ".svelte")
_SCRIPT = re.compile(r"<script\b(?P<attrs>[^>]*)>(?P<body>[\s\S]*?)</script\s*>", re.IGNORECASE)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([\w/+.-]+)""", re.IGNORECASE)
_LANG = re.compile(r"""\blang\s*=\s*["']?(ts|typescript)\b""", re.IGNORECASE)
_JS_TYPES = frozenset({"text/javascript", "application/javascript", "module", "text/babel",
                       "application/ecmascript", "text/ecmascript"})
# template tags inside a script (`{{ data|tojson }}`, `{% if %}`, `<%= x %>`) are not JS
_TEMPLATE_TAG = re.compile(r"\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|<%[\s\S]*?%>|\{#[\s\S]*?#\}")
# inline scripts are page code, not a module of the project: its security rules only
PAGE_CATEGORIES = frozenset({"security", "llm"})


def _blank(text: str) -> str:
    """Spaces for every character but line breaks: lines and columns stay where they were."""
    return re.sub(r"[^\n]", " ", text)


def page_scripts(doc: Document) -> Embedded | None:
    """The inline `<script>` blocks of a page as one JavaScript (or TypeScript) document the
    size of the page: everything else is blanked, so positions need no map."""
    out: list[str] = []
    pos = 0
    typescript = False
    for m in _SCRIPT.finditer(doc.text):
        attrs = m.group("attrs")
        kind = _TYPE.search(attrs)
        if kind is not None and kind.group(1).lower() not in _JS_TYPES:
            continue  # JSON data, client-side templates, other languages
        if re.search(r"\bsrc\s*=", attrs, re.IGNORECASE) and not m.group("body").strip():
            continue
        typescript = typescript or bool(_LANG.search(attrs))
        body = _TEMPLATE_TAG.sub(lambda t: _blank(t.group()), m.group("body"))
        out.append(_blank(doc.text[pos:m.start("body")]))
        out.append(body)
        pos = m.end("body")
    if not out:
        return None
    out.append(_blank(doc.text[pos:]))
    virtual = Document(path=doc.path, language="typescript" if typescript else "javascript",
                       text="".join(out), encoding=doc.encoding, root=doc.root)
    return Embedded(virtual, lambda line, column: (line, column), "", PAGE_CATEGORIES)


# -- notebooks ------------------------------------------------------------------------------

# IPython syntax that is not Python: line magics, shell escapes, help (`obj?`), and cell magics
# (`%%bash` makes the whole cell another language).
_MAGIC = re.compile(r"^\s*(?:[%!]|\?|[\w.]+\?\??\s*$)")
_CELL_MAGIC = re.compile(r"^\s*%%")
# `files = !ls` / `t = %timeit -o f()`: the target is kept, the value is IPython's
_MAGIC_VALUE = re.compile(r"^(\s*[\w.\[\], ]+?\s*=\s*)[!%]")


@dataclass
class _Line:
    file_line: int  # 1-based line of the file where the JSON string starts
    raw_start: int  # offset of the string's first character (after the quote) in the file text
    file_col: int  # 1-based column of that character


@dataclass
class _NotebookMap:
    text: str  # the notebook file
    lines: list[_Line | None] = field(default_factory=list)  # per virtual line; None: a filler

    def to_file(self, line: int, column: int) -> tuple[int, int]:
        if not self.lines:
            return 1, 1
        entry = self.lines[min(max(line, 1), len(self.lines)) - 1]
        if entry is None:  # the newline ending a cell; findings never start there
            entry = next((e for e in reversed(self.lines[:line]) if e), None)
            if entry is None:
                return 1, 1
        return entry.file_line, entry.file_col + _raw_width(self.text, entry.raw_start, column - 1)


def _raw_width(text: str, start: int, chars: int) -> int:
    """How many characters of the JSON string at `start` encode its first `chars` characters
    (escapes such as `\\"` or `\\u00e9` are wider in the file than in the code)."""
    i = start
    for _ in range(chars):
        if i >= len(text) or text[i] == '"':
            break
        if text[i] == "\\":
            if text.startswith("u", i + 1):
                digits = text[i + 2:i + 6]
                high = int(digits, 16) if _HEX4.fullmatch(digits) else 0
                i += 6
                if 0xD800 <= high <= 0xDBFF and text.startswith("\\u", i):
                    i += 6  # a surrogate pair is one character of the code
            else:
                i += 2
        else:
            i += 1
    return i - start


_HEX4 = re.compile(r"[0-9a-fA-F]{4}")


class _JSONError(ValueError):
    pass


_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_SPACE = re.compile(r"[ \t\n\r]*")


class _Located(str):
    """A JSON string value that remembers where its first character is in the file."""

    start: int = 0


def _parse(text: str):
    """JSON with string positions: strings come back as `_Located` (the standard decoder's
    C string scanner does the unescaping; this walks only the structure)."""
    from json.decoder import scanstring

    def value(i: int):
        i = _SPACE.match(text, i).end()
        c = text[i:i + 1]
        if c == "{":
            obj = {}
            i = _SPACE.match(text, i + 1).end()
            if text.startswith("}", i):
                return obj, i + 1
            while True:
                i = _SPACE.match(text, i).end()
                if not text.startswith('"', i):
                    raise _JSONError(i)
                key, i = scanstring(text, i + 1)
                i = _SPACE.match(text, i).end()
                if not text.startswith(":", i):
                    raise _JSONError(i)
                obj[key], i = value(i + 1)
                i = _SPACE.match(text, i).end()
                if text.startswith(",", i):
                    i += 1
                elif text.startswith("}", i):
                    return obj, i + 1
                else:
                    raise _JSONError(i)
        if c == "[":
            arr = []
            i = _SPACE.match(text, i + 1).end()
            if text.startswith("]", i):
                return arr, i + 1
            while True:
                item, i = value(i)
                arr.append(item)
                i = _SPACE.match(text, i).end()
                if text.startswith(",", i):
                    i += 1
                elif text.startswith("]", i):
                    return arr, i + 1
                else:
                    raise _JSONError(i)
        if c == '"':
            s, end = scanstring(text, i + 1)
            located = _Located(s)
            located.start = i + 1
            return located, end
        for word, val in (("true", True), ("false", False), ("null", None)):
            if text.startswith(word, i):
                return val, i + len(word)
        m = _NUMBER.match(text, i)
        if m and m.end() > i:
            return float(m.group()), m.end()
        raise _JSONError(i)

    try:
        return value(0)[0]
    except (_JSONError, ValueError, RecursionError):
        return None


def _mapping(value) -> dict:
    return value if isinstance(value, dict) else {}


def notebook_python(doc: Document) -> Embedded | None:
    """The code cells of a Python notebook as one Python document, magics blanked."""
    nb = _parse(doc.text)
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        return None
    meta = _mapping(nb.get("metadata"))
    lang = (_mapping(meta.get("kernelspec")).get("language")
            or _mapping(meta.get("language_info")).get("name") or "python")
    if not isinstance(lang, str) or lang.lower() != "python":
        return None
    starts = doc.line_starts
    nbmap = _NotebookMap(doc.text)
    out: list[str] = []
    for cell in nb["cells"]:
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source")
        pieces = [source] if isinstance(source, str) else source
        if not isinstance(pieces, list) or not all(isinstance(p, _Located) for p in pieces):
            continue
        # a piece may hold several lines (nbformat allows one string per cell)
        lines: list[tuple[str, int]] = []  # (code line, raw offset of its first character)
        for piece in pieces:
            pos = 0
            for part in piece.split("\n"):
                raw = piece.start + _raw_width(doc.text, piece.start, pos)
                lines.append((part, raw))
                pos += len(part) + 1
            if piece.endswith("\n"):
                lines.pop()  # the empty remainder after the final newline
        foreign = bool(lines) and bool(_CELL_MAGIC.match(lines[0][0]))
        for code, raw in lines:
            if foreign or _MAGIC.match(code):
                code = ""  # keeps the line count; a blank line is valid anywhere
            else:
                assigned = _MAGIC_VALUE.match(code)
                if assigned is not None:
                    code = assigned.group(1) + "None"
            idx = bisect.bisect_right(starts, raw) - 1
            out.append(code)
            nbmap.lines.append(_Line(idx + 1, raw, raw - starts[idx] + 1))
        out.append("")  # cells are separate statements
        nbmap.lines.append(None)
    if not out:
        return None
    virtual = Document(path=doc.path, language="python", text="\n".join(out) + "\n",
                       encoding=doc.encoding, root=doc.root)
    return Embedded(virtual, nbmap.to_file, "the notebook's code cells")
