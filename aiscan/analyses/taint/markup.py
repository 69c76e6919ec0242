"""XML documents written as text: where request data lands in markup built by hand.

A template literal or `+` chain whose constant text is XML markup (an `<?xml` prolog, a
namespaced element such as `<soapenv:Body>`, or elements none of which is an HTML element) is a
document another program parses: a `<` or `</role><role>admin` in the data rewrites it (XML
injection, CWE-91). Markup made of HTML elements is left to the XSS sinks, which judge where
the text goes.
"""

from __future__ import annotations

import re

from ...engine import syntax

_TAG = re.compile(r"</?([A-Za-z][\w.:-]*)")
_XML_MARK = re.compile(r"<\?xml\b|<[A-Za-z][\w.-]*:[A-Za-z]|\bxmlns[:=]")

# HTML (and inline SVG/MathML roots) element names: markup made of these is a page, not an
# XML document (https://html.spec.whatwg.org/multipage/indices.html#elements-3)
HTML_ELEMENTS = frozenset("""
a abbr address area article aside audio b base bdi bdo blockquote body br button canvas
caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed
fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe
img input ins kbd label legend li link main map mark menu meta meter nav noscript object ol
optgroup option output p param picture pre progress q rp rt ruby s samp script search section
select slot small source span strong style sub summary sup table tbody td template textarea
tfoot th thead time title tr track u ul var video wbr svg math path g circle rect line
polyline polygon ellipse text tspan defs use symbol center font tt big strike marquee frame
frameset noframes
""".split())


def xml_markup(constant_text: str) -> bool:
    """The constant parts of a built string are an XML document (not an HTML page)."""
    if "<" not in constant_text:
        return False
    if _XML_MARK.search(constant_text):
        return True
    names = {m.group(1).lower() for m in _TAG.finditer(constant_text)}
    return bool(names) and not names & HTML_ELEMENTS


def built_parts(node, profile) -> tuple[str, list]:
    """(constant text, interpolated parts) of a template literal or an outermost `+` chain
    with a string in it; ("", []) for anything else."""
    t = node.type
    if t in profile.template_types and t != "string":
        parts = node.named_children
        text = "".join(syntax.text(p) for p in parts if p.type not in profile.interpolation_types)
        values = [p.named_children[0] for p in parts
                  if p.type in profile.interpolation_types and p.named_child_count]
        return text, values
    if t not in profile.concat_types or (node.parent is not None and
                                         node.parent.type in profile.concat_types):
        return "", []
    operands, stack = [], [node]
    while stack and len(operands) < 256:
        cur = stack.pop()
        op = cur.child_by_field_name("operator")
        if cur.type in profile.concat_types and op is not None and syntax.text(op) == "+":
            stack.append(cur.child_by_field_name("right"))
            stack.append(cur.child_by_field_name("left"))
        elif cur is not None:
            operands.append(cur)
    strings = [o for o in operands if o.type in profile.string_types]
    if not strings:
        return "", []
    text = "".join(syntax.string_content(s) for s in strings)
    return text, [o for o in operands if o.type not in profile.string_types]
