"""XML parsers (Java): which ones resolve external entities when they parse request data.

A parser factory (`DocumentBuilderFactory.newInstance()`, `SAXParserFactory`,
`XMLInputFactory`) or a JAXB `Unmarshaller` carries the label `xml-parser` (see `specs.JAVA`);
what is derived from it (`dbf.newDocumentBuilder()`, `spf.newSAXParser().getXMLReader()`) keeps
it. The hardening calls the OWASP cheat sheet and CodeQL's `java/xxe` accept neutralise it for
the sink category `xxe`: `disallow-doctype-decl` true, both `external-general-entities` and
`external-parameter-entities` false, both `ACCESS_EXTERNAL_DTD` and `ACCESS_EXTERNAL_SCHEMA`
set to "", or (StAX) `SUPPORT_DTD` / `IS_SUPPORTING_EXTERNAL_ENTITIES` false. A parse is an
XXE flow when its data comes from a source and its parser still carries the label.
"""

from __future__ import annotations

from ...engine import syntax
from .specs import XML_PARSER
from .summaries import ARG_PREFIX
from .scope_keys import XML_STATE_PREFIX as STATE_PREFIX

HARDENING_METHODS = frozenset({"setFeature", "setProperty", "setAttribute"})
XXE = "xxe"
COMPLETE = (frozenset({"full"}), frozenset({"general", "parameter"}),
            frozenset({"dtd", "schema"}))


def hardening_flag(name_text: str, value_text: str) -> str | None:
    """The hardening a `setFeature/setProperty/setAttribute(name, value)` call makes."""
    value = value_text.strip().removeprefix("Boolean.").lower()
    if "disallow-doctype-decl" in name_text:
        return "full" if value == "true" else None
    if name_text.endswith(("SUPPORT_DTD", "supportDTD", "IS_SUPPORTING_EXTERNAL_ENTITIES",
                           "isSupportingExternalEntities")):
        return "full" if value == "false" else None
    if "external-general-entities" in name_text:
        return "general" if value == "false" else None
    if "external-parameter-entities" in name_text:
        return "parameter" if value == "false" else None
    if name_text.endswith(("ACCESS_EXTERNAL_DTD", "accessExternalDTD")):
        return "dtd" if value in ('""', "") else None
    if name_text.endswith(("ACCESS_EXTERNAL_SCHEMA", "accessExternalSchema")):
        return "schema" if value in ('""', "") else None
    return None


def harden(call, env: dict, profile) -> None:
    """`factory.setFeature(…)`: records the hardening on the variable; once complete, its
    parser label is neutralised for XXE."""
    obj = call.child_by_field_name("object")
    if obj is None or obj.type != "identifier":
        return
    name = syntax.text(obj)
    taint = env.get(name)
    if not taint or not any(label == XML_PARSER for label, _, _ in taint):
        return
    positional, _ = syntax.call_arguments(call, profile)
    if len(positional) != 2:
        return
    key = positional[0]
    key_text = syntax.string_content(key) if key.type in profile.string_types else \
        syntax.text(key)
    flag = hardening_flag(key_text, syntax.text(positional[1]))
    if flag is None:
        return
    flags = env.get(STATE_PREFIX + name, frozenset()) | {flag}
    env[STATE_PREFIX + name] = flags
    if any(need <= flags for need in COMPLETE):
        env[name] = frozenset((label, done | {XXE} if label == XML_PARSER else done, line)
                              for label, done, line in taint)


def parse_taint(argument: frozenset, receiver: frozenset) -> frozenset:
    """What reaches a parse: the document, and the parser that reads it — the argument's own
    when it carries one (a `SAXSource` built on a configured reader), else the receiver's."""
    if any(label == XML_PARSER for label, _, _ in argument):
        return argument
    return argument | receiver


def recorded(taint: frozenset) -> frozenset:
    """The part of a parse's taint worth recording: all of it when data reaches a parser not
    hardened; else only the parameters (a caller may fill them with either: the function's
    summary needs the sink) and the parser, which no rule reports."""
    parser = data = False
    for label, done, _ in taint:
        if label == XML_PARSER:
            parser = parser or XXE not in done
        elif not label.startswith(ARG_PREFIX):
            data = True
    if parser and data:
        return taint
    return frozenset(t for t in taint if t[0].startswith(ARG_PREFIX) or t[0] == XML_PARSER) \
        if any(t[0].startswith(ARG_PREFIX) for t in taint) else frozenset()
