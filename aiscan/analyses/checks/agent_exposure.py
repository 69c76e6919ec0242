"""What an MCP server or agent tool hands to the model, and who can reach the server.

- `agents.tool-exposes-secrets`: a tool's handler reads the whole environment, a secret
  environment variable, a credentials file, or a credential kept in server state.
- `agents.mcp-transport-exposed`: an MCP server bound to every interface, or served over HTTP
  with no authentication anywhere in the file.
"""

from __future__ import annotations

import re

from ...engine import syntax
from ..llm.mcp_server import AUTH_EVIDENCE, HTTP_TRANSPORTS, builds_mcp_server
from ..llm.tools import file_tools
from . import register

MAX_BODY_NODES = 20_000
SECRET_NAME = re.compile(r"(?i)(?:api_?keys?|secret|passw(?:or)?d|credential|private_?key"
                         r"|access_?token|auth_?token|refresh_?token|bearer|^token$|_token$"
                         r"|session_?(?:id|token)s?$)")
CREDENTIAL_FILE = re.compile(r"~/\.ssh|\bid_(?:rsa|ed25519|ecdsa)\b|\.aws/credentials|/etc/shadow"
                             r"|\.netrc\b|\.pgpass\b|(?:^|/)\.env(?:\.\w+)?$|\.docker/config\.json")
WHOLE_ENV_PY = re.compile(r"^(?:dict|list|str|repr|json\.dumps|sorted)\(\s*os\.environ\s*\)$"
                          r"|^os\.environ\.(?:items|copy|keys|values)\(\)$|^os\.environ$")
WHOLE_ENV_JS = re.compile(r"^(?:Object\.(?:entries|keys|values|assign)|JSON\.stringify)\("
                          r"\s*(?:\{\}\s*,\s*)?process\.env\b|^\{\s*\.\.\.process\.env\s*\}$")


def _walk(node):
    stack, seen = [node], 0
    while stack and seen < MAX_BODY_NODES:
        cur = stack.pop()
        seen += 1
        yield cur
        stack.extend(reversed(cur.named_children))


def _returned(node, body) -> bool:
    """Whether `node` sits in a return statement (or the value of an arrow function)."""
    cur = node
    for _ in range(64):
        cur = cur.parent
        if cur is None or cur.id == body.id:
            return cur is not None and body.type not in ("block", "statement_block")
        if cur.type == "return_statement":
            return True
    return False


@register("agents.tool-exposes-secrets")
def tool_exposes_secrets(ctx, rule) -> None:
    for tool in file_tools(ctx):
        if tool.handler is None:
            continue
        body = tool.handler.child_by_field_name("body")
        if body is None:
            continue
        found = _exposure(ctx, body)
        if found is not None:
            node, what = found
            ctx.report(rule, node, tool=tool.name, what=what, properties={"tool": tool.name})


def _exposure(ctx, body):
    py = ctx.language == "python"
    whole = WHOLE_ENV_PY if py else WHOLE_ENV_JS
    for node in _walk(body):
        t = node.type
        raw = syntax.text(node) if node.end_byte - node.start_byte < 300 else ""
        if not raw:
            continue
        if t in ctx.profile.call_types or t in ctx.profile.attribute_types or t == "object":
            if whole.match(raw) and not (py and raw == "os.environ" and _subscripted(node)):
                return node, "every environment variable"
        if t in ctx.profile.call_types:
            name = ctx.callee(node)
            positional, keywords = syntax.call_arguments(node, ctx.profile)
            first = positional[0] if positional else None
            if name in ("os.getenv", "os.environ.get") and first is not None and \
                    first.type == "string" and SECRET_NAME.search(syntax.string_content(first)) \
                    and _returned(node, body):
                return node, f"the secret `{syntax.string_content(first)}`"
            if first is not None and first.type in ctx.profile.string_types and \
                    CREDENTIAL_FILE.search(syntax.string_content(first)) and \
                    name.rsplit(".", 1)[-1] in ("open", "read_text", "readFileSync", "readFile",
                                                "Path", "expanduser", "join"):
                return node, f"the credentials file `{syntax.string_content(first)}`"
        if t in ("subscript", "subscript_expression") and raw.startswith(("os.environ[",
                                                                            "process.env[")):
            key = raw.split("[", 1)[1].strip("]'\" ")
            if SECRET_NAME.search(key) and _returned(node, body):
                return node, f"the secret `{key}`"
        if t in ctx.profile.attribute_types and raw.startswith("process.env.") and \
                raw.count(".") == 2 and SECRET_NAME.search(raw[12:]) and _returned(node, body):
            return node, f"the secret `{raw[12:]}`"
        if t in ctx.profile.attribute_types and _returned(node, body) and \
                not raw.startswith(("os.", "process.")):
            attr = raw.rsplit(".", 1)[-1]
            base = raw.split(".", 1)[0]
            if SECRET_NAME.search(attr) and base not in _param_names(ctx, body) and \
                    node.parent is not None and node.parent.type not in \
                    ctx.profile.attribute_types and not _called(node):
                return node, f"the credential `{raw}`"
    return None


def _param_names(ctx, body) -> set[str]:
    from ..llm.tools import param_names

    fn = body.parent
    return set(param_names(fn, ctx.profile)) if fn is not None else set()


def _called(node) -> bool:
    parent = node.parent
    return parent is not None and parent.child_by_field_name("function") is not None and \
        parent.child_by_field_name("function").id == node.id


def _subscripted(node) -> bool:
    parent = node.parent
    return parent is not None and parent.type in ("subscript", "attribute")


# -- transport ------------------------------------------------------------------------------


@register("agents.mcp-transport-exposed")
def mcp_transport_exposed(ctx, rule) -> None:
    text = ctx.doc.text
    if ctx.tree is None or not builds_mcp_server(text):
        return
    reported = False
    for node in _host_literals(ctx):
        ctx.report(rule, node, how="listens on every network interface (0.0.0.0)")
        reported = True
    if reported:
        return
    m = HTTP_TRANSPORTS.search(text)
    if m is not None and not AUTH_EVIDENCE.search(text):
        ctx.report(rule, span=(m.start(), m.end()),
                   how="is served over HTTP with no authentication in this file")


HOST_LITERAL = re.compile(rb"""["'](?:0\.0\.0\.0|::)["']""")


def _host_literals(ctx):
    """`host="0.0.0.0"`, `x.host = "0.0.0.0"`, `def serve(host: str = "0.0.0.0")`,
    `app.listen(port, "0.0.0.0")`: found from the text, no walk of the tree."""
    out = []
    root = ctx.tree.root_node
    for m in HOST_LITERAL.finditer(ctx.source):
        node = root.named_descendant_for_byte_range(m.start(), m.end())
        while node is not None and node.type not in ctx.profile.string_types:
            node = node.parent if node.end_byte - node.start_byte <= m.end() - m.start() else None
        parent = node.parent if node is not None else None
        if parent is None:
            continue
        key = parent.child_by_field_name("name") or parent.child_by_field_name("left") or \
            parent.child_by_field_name("key") or parent.child_by_field_name("pattern")
        label = syntax.text(key).rsplit(".", 1)[-1].strip("'\"") if key is not None else ""
        if label.lower() in ("host", "hostname", "bind", "address", "listen_host"):
            out.append(node)
        elif parent.type == "arguments" and parent.parent is not None and \
                syntax.text(parent.parent).split("(")[0].endswith(".listen"):
            out.append(node)
    return out


# -- authorization ----------------------------------------------------------------------------
# a parameter naming whose data or account the action touches
PRINCIPAL_PARAM = re.compile(r"(?i)^(?:(?:user|account|customer|owner|tenant|member|employee"
                             r"|client|org|organization|patient|target_user)_?(?:id|name|email)?"
                             r"|uid|username|email)$")
PRIVILEGED_CALL = re.compile(r"^(?i:delete|remove|drop|destroy|purge|erase|transfer|refund"
                             r"|withdraw|charge|pay|grant|revoke|promote|demote|set_?role"
                             r"|update_?role|make_?admin|reset_?password|change_?password"
                             r"|disable|ban|suspend|deactivate|approve|wire|impersonate)"
                             r"(?:_|[A-Z]|$)")
PRIVILEGED_SQL = re.compile(r"(?i)\bdelete\s+from\b|\bupdate\s+\w+\s+set\b|\bdrop\s+table\b"
                            r"|\bgrant\s+\w+")
# code that looks at who is calling: the session's principal, an access token, a permission
AUTHZ_EVIDENCE = re.compile(r"(?i)current_user|principal|get_access_token|access_token"
                            r"|request_context|authori[sz]|permission|is_admin|has_role"
                            r"|check_access|require_\w+|\bsession\.user|\bctx\.auth|authInfo"
                            r"|\.user\b|caller|whoami")


@register("agents.tool-missing-authorization")
def tool_missing_authorization(ctx, rule) -> None:
    for tool in file_tools(ctx):
        if tool.handler is None or tool.kind not in ("tool", "call-tool-handler"):
            continue
        chosen = [p for p in tool.params if PRINCIPAL_PARAM.match(p)]
        body = tool.handler.child_by_field_name("body")
        if not chosen or body is None:
            continue
        action = _privileged_action(ctx, body, tool.name)
        if action is None:
            continue
        text = syntax.text(body)[:50_000]
        if AUTHZ_EVIDENCE.search(text):
            continue
        ctx.report(rule, tool.node, tool=tool.name, action=action, param=chosen[0],
                   properties={"tool": tool.name})


def _privileged_action(ctx, body, tool_name: str) -> str | None:
    if PRIVILEGED_CALL.match(tool_name.replace("-", "_")):
        return f"`{tool_name}`"
    for node in _walk(body):
        if node.type in ctx.profile.call_types:
            tail = ctx.callee(node).rsplit(".", 1)[-1]
            if PRIVILEGED_CALL.match(tail):
                return f"`{tail}`"
        elif node.type in ctx.profile.string_types and node.end_byte - node.start_byte < 2000 \
                and PRIVILEGED_SQL.search(syntax.text(node)):
            return "a destructive SQL statement"
    return None


# -- the lethal trifecta ------------------------------------------------------------------------
READS_PRIVATE = re.compile(r"\bopen\(|read_text\(|readFile|\.execute\(|\.query\(|os\.environ"
                           r"|process\.env|\bimap|get_messages|list_emails|\.read\(\)")
READS_UNTRUSTED = re.compile(r"\brequests\.get|httpx\.(?:get|Client|AsyncClient)|\bfetch\("
                             r"|urlopen|axios|aiohttp|\bimap|get_messages|list_emails|browse"
                             r"|\bsearch\(")
SENDS_OUT = re.compile(r"smtplib|send_?mail|sendMail|nodemailer|requests\.post|httpx\.post"
                       r"|method:\s*[\"']POST|\.post\(|webhook")
AGENT_OR_SERVER = re.compile(r"\bFastMCP\s*\(|\bnew\s+McpServer\s*\(|\bServer\s*\(\s*[\"']"
                             r"|\bAgent\s*\(|\bcreate_react_agent\s*\(|\bcreateReactAgent\s*\(")


@register("agents.lethal-trifecta")
def lethal_trifecta(ctx, rule) -> None:
    """Private data, untrusted content and a way out, all within reach of one model."""
    from ..llm.tools import tool_facts

    tools = [t for t in file_tools(ctx) if t.handler is not None and t.kind == "tool"]
    if len(tools) < 2:
        return
    sinks = {row["line"]: set(row["sinks"]) for row in tool_facts(ctx)}
    legs: dict[str, str] = {}
    for tool in tools:
        body = tool.handler.child_by_field_name("body")
        if body is None:
            continue
        text = syntax.text(body)[:50_000]
        reached = sinks.get(tool.line, set())
        if reached & {"path", "sql"} or READS_PRIVATE.search(text):
            legs.setdefault("private", tool.name)
        if "ssrf" in reached or READS_UNTRUSTED.search(text):
            legs.setdefault("untrusted", tool.name)
        if "ssrf" in reached or SENDS_OUT.search(text):
            legs.setdefault("exfiltration", tool.name)
    if len(legs) < 3 or len(set(legs.values())) < 2:
        return
    m = AGENT_OR_SERVER.search(ctx.doc.text)
    where = {"span": (m.start(), m.end())} if m else {"node": tools[0].node}
    ctx.report(rule, **where, private=legs["private"], untrusted=legs["untrusted"],
               exfiltration=legs["exfiltration"], properties={"legs": legs})


# -- token comparison -----------------------------------------------------------------------
SECRETISH = r"(?i:token|api_?key|apikey|secret|passw(?:or)?d|authorization|auth_header|bearer)"
# a line with a secret-ish word and an equality test; the tree decides what is compared
TOKEN_COMPARE = re.compile((r"^[^\n]*" + SECRETISH + r"[^\n]*?(===|!==|==|!=)"
                            r"|(===|!==|==|!=)[^\n]*" + SECRETISH).encode(), re.M)
# ... and an auth-scheme or header name (`scheme.lower() != "bearer"`): a word, not a secret
TRIVIAL_SIDE = re.compile(r"^(?:None|null|undefined|True|False|true|false|\"\"|''|``|\d+"
                          r"|\w+\.length|len\(.*\)"
                          r"|([\"'`])(?i:bearer|basic|digest|token|api[_-]?key|authorization)\1)$")


@register("agents.token-compared-unsafely")
def token_compared_unsafely(ctx, rule) -> None:
    """`if token == API_TOKEN:` in an MCP server: a plain comparison leaks, through its
    timing, how much of a guess is right."""
    if ctx.tree is None or not builds_mcp_server(ctx.doc.text):
        return
    root = ctx.tree.root_node
    seen: set[int] = set()
    for m in TOKEN_COMPARE.finditer(ctx.source):
        at = m.start(1) if m.group(1) else m.start(2)
        node = root.named_descendant_for_byte_range(at, at + 2)
        while node is not None and node.type not in ("comparison_operator", "binary_expression"):
            node = node.parent
        if node is None or node.id in seen or node.named_child_count != 2:
            continue
        op = " ".join(syntax.text(c) for c in node.children if not c.is_named)
        if op not in ("==", "!=", "===", "!=="):
            continue
        left, right = node.named_children
        sides = [syntax.text(left), syntax.text(right)]
        if any(TRIVIAL_SIDE.match(s.strip()) for s in sides) or \
                not any(re.search(SECRETISH, s) for s in sides):
            continue
        seen.add(node.id)
        ctx.report(rule, node, op=op)
