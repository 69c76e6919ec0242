"""Parsing JSX around a grammar bug: a bare `&` in JSX text (`<p>Terms & Conditions</p>`).

React renders such an `&` as text, but the tree-sitter JavaScript and TSX grammars accept `&`
in JSX text only as the start of a character reference (`&amp;`), so the element becomes an
ERROR and about 1 % of real TSX files parse only in part (tree-sitter/tree-sitter-typescript
#366, tree-sitter/tree-sitter-javascript #366, both open). When a tree has such an error we
blank those `&` bytes — only the ones the parser itself left in an ERROR directly inside a JSX
element, never `&&` in an expression or `&` in a type — and parse once more. The replacement
is one space for one byte, so every byte offset, line and column stays where it was.
"""

from __future__ import annotations

JSX_LANGUAGES = frozenset({"javascript", "tsx"})
_JSX_PARENTS = frozenset({"jsx_element", "jsx_fragment"})
_AMPERSANDS = frozenset({"&", "&&"})
# what precedes text inside an element: text itself, a tag, a child element
_TEXT_NEIGHBOURS = frozenset({"jsx_text", "jsx_opening_element", "jsx_closing_element",
                              "jsx_element", "jsx_self_closing_element", "jsx_expression"})
ROUNDS = 3  # each round fixes every such `&` the tree shows; a few cover errors that hid others


def parse(language: str, source: bytes):
    """(tree, source): the source as parsed, the same length as the input."""
    from .languages import parser

    p = parser(language)
    tree = p.parse(source)
    if language not in JSX_LANGUAGES or b"&" not in source:
        return tree, source
    for _ in range(ROUNDS):
        if not tree.root_node.has_error:
            break
        spans = _bare_ampersands(tree.root_node)
        if not spans:
            break
        patched = bytearray(source)
        for start, end in spans:
            patched[start:end] = b" " * (end - start)
        source = bytes(patched)
        tree = p.parse(source)
    return tree, source


def _bare_ampersands(root) -> list[tuple[int, int]]:
    """Byte spans of the `&` tokens of ERROR nodes that stand where JSX text goes: first in an
    ERROR directly inside a JSX element, or right after JSX text or a JSX tag."""
    spans: list[tuple[int, int]] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if not node.has_error:
            continue
        if node.type == "ERROR":
            in_element = node.parent is not None and node.parent.type in _JSX_PARENTS
            previous = None
            for child in node.children:
                if child.type in _AMPERSANDS and (
                        (previous is None and in_element)
                        or (previous is not None and previous.type in _TEXT_NEIGHBOURS)):
                    spans.append((child.start_byte, child.end_byte))
                previous = child
        stack.extend(node.children)
    return spans
