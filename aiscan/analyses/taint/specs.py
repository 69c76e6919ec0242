"""What is a source, a sanitizer and a sink, per language family.

Names are qualified through the file's imports before they are compared, so
`from subprocess import run as r; r(x)` is `subprocess.run`. Globs follow fnmatch.
"""

from __future__ import annotations

import fnmatch
import functools
import re
from dataclasses import dataclass, field

# source labels
REQUEST = "request"  # data of the HTTP request being handled
PARAM = "param"  # a parameter of a route handler
INPUT = "input"  # the terminal
ARGV = "argv"
ENV = "env"
HTTP = "http"  # the body of an HTTP response the program fetched
LLM = "llm"  # text a language model produced
DOCUMENT = "document"  # a document retrieved for RAG
EXCEPTION = "exception"  # an exception's text or a stack trace
RANDOM = "random"  # a value from a predictable random generator
TOOL = "tool"  # an argument of an agent/MCP tool: the model chose it
# not a source: an XML parser (or factory) that still resolves external entities; a parse of
# data from a source with such a parser is XXE (see xmlparsers.py). No rule lists it.
XML_PARSER = "xml-parser"

LABEL_TEXT = {
    REQUEST: "request data", PARAM: "a route parameter", INPUT: "terminal input",
    ARGV: "a command-line argument", ENV: "an environment variable",
    HTTP: "a fetched HTTP response", LLM: "model output", DOCUMENT: "a retrieved document",
    EXCEPTION: "exception text", RANDOM: "a predictable random value",
    TOOL: "a tool argument the model chose",
}

# Sources a local user controls (the command line, the terminal, the environment) and the sinks
# where such a value is the program doing what its user asked: a CLI opens the file or fetches
# the URL it is given, runs the command or the code its user typed (`sgpt` executing the
# command its user confirmed, `llm --functions CODE`, `$EDITOR`/`$SHELL`, a deploy CLI
# building `gcloud` from its own options). Those flows cross no trust boundary: whoever sets
# the value can already run any command or code as the same user. CodeQL's default threat
# model ("remote") leaves local sources out of every query, command and code injection
# included, so the default profile holds them back (aiscan.pipeline.policy; `--profile all`
# shows them). A command or code flow whose call a pattern rule also flags (a shell string
# built from the value, eval of built text: PY102/PY103/PY101 absorbed into the flow) stays
# reported, as before. SQL stays reported: a database is often shared beyond the local user.
LOCAL_SOURCES = frozenset({INPUT, ARGV, ENV})
LOCAL_INTENDED_SINKS = frozenset({"path", "ssrf", "command", "code"})

ALL_SINKS = ("command", "code", "sql", "path", "ssrf", "redirect", "template", "xss", "xpath",
             "ldap", "session", "header", "response", "cookie", "log", "glob", "code-file",
             "cors-origin", "xml", "xxe")


@dataclass(frozen=True)
class Sink:
    category: str
    callees: tuple[str, ...]
    args: tuple[int, ...] = (0,)
    keywords: tuple[str, ...] = ()
    argv: bool = False  # a program + arguments list: only the program (first element) matters
    receiver: bool = False  # the object the method is called on counts (`url.openConnection()`)
    # a program and its arguments (`exec.Command(name, args...)`, `new ProcessBuilder(...)`):
    # only the program counts, unless it is a shell given a command string
    program_first: bool = False
    all_args: bool = False
    excluded: tuple[str, ...] = ()  # names the globs catch that are not this sink
    # an XML parse: the document (first argument) and the parser that reads it both count
    parser: bool = False
    # the call is this sink only when its first argument is a string constant matching this
    # (a header's name: `res.set("Access-Control-Allow-Origin", x)`)
    name_arg: re.Pattern | None = None


@dataclass(frozen=True)
class ParamSource:
    """Which functions' parameters hold data of `label` when the function is called: those
    of a function with a matching decorator, or a matching name, or (per parameter) those
    carrying a matching annotation. `after` skips the parameters up to and including the one
    of that name (a GraphQL resolver's `info`). `route` marks the function as a request
    handler (its returned markup is a response). Adding a framework is adding one of these."""
    label: str
    decorator: re.Pattern | None = None  # matched against each decorator's text
    name: re.Pattern | None = None  # matched against the function's name
    annotation: re.Pattern | None = None  # matched against a parameter's modifiers/decorators
    after: str | None = None
    index: int | None = None  # only the parameter at this position
    signature: re.Pattern | None = None  # matched against the parameter names, comma-joined
    param: re.Pattern | None = None  # only parameters with a matching name
    callback_of: re.Pattern | None = None  # the function is an argument of a matching call
    route: bool = True


@dataclass(frozen=True)
class Spec:
    request_objects: frozenset[str]
    request_attrs: frozenset[str]
    source_calls: tuple[tuple[str, str], ...]  # (glob, label): the call's result is tainted
    source_names: tuple[tuple[str, str], ...]  # (glob, label): a name/attribute chain is tainted
    llm_call_tails: frozenset[str]
    passthrough: frozenset[str]  # functions whose result carries their arguments' taint
    clean_all: frozenset[str]  # conversions whose result is never attacker-shaped text
    sanitizers: dict[str, frozenset[str]]  # function -> sink categories it neutralises
    sinks: tuple[Sink, ...]
    html_props: frozenset[str] = frozenset()
    # objects whose items/attributes written from untrusted data cross a trust boundary (the
    # session) or split a response (headers): `session["user"] = x`, `resp.headers["X"] = x`
    session_objects: frozenset[str] = frozenset()
    header_objects: tuple[str, ...] = ()  # globs
    # (object, attribute) pairs that look like request data but are not: Koa's `ctx.body` is
    # the *response* body the app set (the request body is `ctx.request.body`)
    not_request: frozenset[tuple[str, str]] = frozenset()
    param_sources: tuple[ParamSource, ...] = ()
    # methods that set a response header by name (`headers.add("Location", url)`,
    # `builder.header(LOCATION, url)`, `map.get("Location").add(url)`): with the Location
    # header they redirect the browser (a 3xx response)
    header_setters: frozenset[str] = frozenset()
    # source names that are the request only inside a request-handler class (http.server's
    # `self.path` / `self.headers`): a class whose bases match `handler_class`, or that
    # defines a method whose name matches `handler_method` (`do_GET`)
    handler_names: frozenset[str] = frozenset()
    handler_class: re.Pattern | None = None
    handler_method: re.Pattern | None = None
    # callees whose result is an *outgoing* request or a client (globs): a local `req` bound
    # to one (`req = requests.PreparedRequest()`) is not the request being handled
    outgoing_requests: tuple[str, ...] = ()
    # header setters (callee globs, or the header objects of `obj.headers[k] = v`) whose
    # framework rejects CR/LF in a value: written there, request data cannot split the
    # response (CWE-113), so they are not header sinks
    crlf_checked: tuple[str, ...] = ()
    # template literals and `+` chains that build XML documents are sinks ("xml", markup.py)
    xml_markup: bool = False
    # a file none of whose text matches cannot hold a source: it is not analysed at all
    may_have_source: re.Pattern = re.compile("")
    # a file path that the program (or its template engine) later runs or renders: data
    # written into such a file is code (`open("plugins/x.py", "w").write(request_body)`)
    code_files: re.Pattern | None = None
    # lookups by callee name, owned by the spec (a spec lives as long as the process)
    _memo: dict = field(default_factory=dict, compare=False, repr=False)

    def sink_for(self, name: str, first_arg=lambda: None) -> Sink | None:
        """The first sink `name` is; `first_arg()` gives the call's first argument as a string
        constant (or None), asked only when a sink depends on it."""
        memo = self._memo.setdefault("sinks", {})
        if name not in memo:
            if len(memo) > 100_000:  # bounded: a huge scan meets many distinct callees
                memo.clear()
            memo[name] = tuple(s for s in self.sinks if _globs(s.callees).match(name)
                               and name not in s.excluded)
        for sink in memo[name]:
            if sink.name_arg is None:
                return sink
            value = first_arg()
            if value is not None and sink.name_arg.fullmatch(value):
                return sink
        return None

    def source_call(self, name: str) -> str | None:
        return _first(self.source_calls, name, self._memo.setdefault("source_calls", {}))

    def source_name(self, name: str) -> str | None:
        return _first(self.source_names, name, self._memo.setdefault("source_names", {}))


@functools.lru_cache(maxsize=None)
def _globs(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{fnmatch.translate(p)})" for p in patterns))


def _first(table, name: str, memo: dict) -> str | None:
    """The label of the first (glob, label) of `table` whose glob matches `name`."""
    if name not in memo:
        if len(memo) > 100_000:
            memo.clear()
        m = _alternatives(tuple(glob for glob, _ in table)).match(name) if table else None
        memo[name] = table[m.lastindex - 1][1] if m else None
    return memo[name]


@functools.lru_cache(maxsize=None)
def _alternatives(patterns: tuple[str, ...]) -> re.Pattern:
    """One pattern for all the globs, a group each: the group that matched names the first
    glob that matches (alternatives are tried in order; fnmatch's own groups capture
    nothing), with one regex run per name instead of one per glob."""
    return re.compile("|".join(f"({fnmatch.translate(p)})" for p in patterns))


# Matches on the source text of an attribute read: model responses are read the same way
# whatever variable holds them.
LLM_READ = re.compile(
    r"\.choices\s*\[\s*\d+\s*\]\s*\.\s*(?:message|text|delta)\b|\.content\s*\[\s*\d+\s*\]\s*\.\s*text\b"
    r"|\.output_text\b|\.generations\b")
LLM_RUN_RECEIVER = re.compile(r"chain|agent|llm|executor", re.I)
DOCUMENT_ATTRS = frozenset({"page_content"})

# HTML escaping also escapes XML's five special characters
_HTML_ESCAPES = frozenset({"xss", "template", "xml"})

PYTHON = Spec(
    request_objects=frozenset({"request", "req"}),
    request_attrs=frozenset({
        "args", "form", "json", "values", "cookies", "headers", "data", "files", "GET", "POST",
        "body", "get_json", "get_data", "query_params", "path_params", "query_string", "stream",
        "FILES", "COOKIES", "META", "path", "full_path", "url",
        # aiohttp, Bottle, Falcon, Tornado (`self.request.arguments`)
        "match_info", "query", "post", "rel_url", "forms", "params", "media", "get_param",
        "get_header", "arguments", "query_arguments", "body_arguments", "uri", "text",
    }),
    source_calls=(
        ("input", INPUT), ("builtins.input", INPUT), ("raw_input", INPUT),
        ("os.getenv", ENV), ("os.environ.get", ENV),
        ("requests.get", HTTP), ("requests.post", HTTP), ("requests.request", HTTP),
        ("httpx.get", HTTP), ("httpx.post", HTTP), ("urllib.request.urlopen", HTTP),
        ("*.similarity_search*", DOCUMENT), ("*.get_relevant_documents", DOCUMENT),
        ("*.max_marginal_relevance_search", DOCUMENT),
        # Tornado handlers
        ("self.get_argument", REQUEST), ("self.get_arguments", REQUEST),
        ("self.get_query_argument*", REQUEST), ("self.get_body_argument*", REQUEST),
        ("self.get_cookie", REQUEST),
        # argparse: every option of the parsed namespace
        ("*.parse_args", ARGV), ("*.parse_known_args", ARGV),
        ("random.random", RANDOM), ("random.randint", RANDOM), ("random.randrange", RANDOM),
        ("random.choice", RANDOM), ("random.choices", RANDOM), ("random.getrandbits", RANDOM),
        ("random.sample", RANDOM), ("random.uniform", RANDOM),
        ("traceback.format_exc", EXCEPTION), ("traceback.format_exception", EXCEPTION),
        ("traceback.format_stack", EXCEPTION), ("traceback.format_tb", EXCEPTION),
    ),
    source_names=(("sys.argv", ARGV), ("os.environ", ENV),
                  # http.server.BaseHTTPRequestHandler
                  ("self.path", REQUEST), ("self.headers", REQUEST), ("self.rfile", REQUEST)),
    llm_call_tails=frozenset({
        "invoke", "ainvoke", "predict", "apredict", "generate_content", "generate_content_async",
    }),
    passthrough=frozenset({
        "str", "repr", "format", "bytes", "list", "tuple", "dict", "set", "sorted", "reversed",
        "json.loads", "json.dumps", "os.path.join", "os.path.normpath", "os.path.abspath",
        "os.path.realpath", "os.path.expanduser", "pathlib.Path", "urllib.parse.unquote",
        "urllib.parse.urljoin", "base64.b64decode", "textwrap.dedent", "base64.b64encode",
        "base64.urlsafe_b64decode", "base64.urlsafe_b64encode", "urllib.parse.unquote_plus",
        "urllib.parse.quote", "codecs.decode", "codecs.encode", "bytes.decode", "str.join",
        "str.format", "operator.concat",
    }),
    clean_all=frozenset({"int", "float", "bool", "len", "abs", "round", "uuid.UUID", "hash"}),
    sanitizers={
        "shlex.quote": frozenset({"command"}), "pipes.quote": frozenset({"command"}),
        "html.escape": _HTML_ESCAPES, "markupsafe.escape": _HTML_ESCAPES,
        "flask.escape": _HTML_ESCAPES, "escape": _HTML_ESCAPES, "cgi.escape": _HTML_ESCAPES,
        "bleach.clean": _HTML_ESCAPES, "django.utils.html.escape": _HTML_ESCAPES,
        "os.path.basename": frozenset({"path"}),
        "werkzeug.utils.secure_filename": frozenset({"path"}),
        "secure_filename": frozenset({"path"}),
        "glob.escape": frozenset({"glob"}),
    },
    sinks=(
        Sink("command", ("os.system", "os.popen", "commands.getoutput", "subprocess.getoutput",
                         "subprocess.getstatusoutput"), all_args=True),
        # `os.execv(path, args)` / `os.spawnv(mode, path, args)` run `path` without a shell: the
        # arguments are data for it (`os.execv(sys.executable, [sys.executable] + sys.argv)`
        # re-executes the program itself), unless `path` is a shell given a command string
        Sink("command", ("os.exec*",), all_args=True, program_first=True),
        Sink("command", ("os.spawn*",), args=(1, 2, 3, 4, 5, 6, 7, 8), program_first=True),
        Sink("command", ("subprocess.*",), keywords=("args",), argv=True),
        Sink("code", ("eval", "exec", "compile", "builtins.eval", "builtins.exec",
                      "PIL.ImageMath.eval", "*ImageMath.eval", "*ImageMath.unsafe_eval")),
        Sink("sql", ("*.execute", "*.executemany", "*.executescript", "*.raw", "sqlalchemy.text",
                     "pandas.read_sql", "pandas.read_sql_query", "*.read_sql"),
             keywords=("sql", "query"), excluded=("self.execute", "cls.execute", "self.raw")),
        Sink("path", ("open", "builtins.open", "io.open", "codecs.open", "flask.send_file",
                      "os.remove", "os.unlink", "shutil.rmtree", "os.listdir"),
             keywords=("file", "path_or_file")),
        Sink("ssrf", ("requests.get", "requests.post", "requests.put", "requests.delete",
                      "requests.patch", "requests.head", "httpx.get", "httpx.post",
                      "urllib.request.urlopen", "*.session.get"), keywords=("url",)),
        Sink("ssrf", ("requests.request", "httpx.request"), args=(1,), keywords=("url",)),
        Sink("redirect", ("flask.redirect", "django.shortcuts.redirect", "*.HttpResponseRedirect",
                          "*.RedirectResponse", "redirect"), keywords=("location", "url")),
        Sink("template", ("flask.render_template_string", "jinja2.Template", "*.from_string",
                          "mako.template.Template", "django.template.Template"),
             keywords=("source",)),
        Sink("xss", ("markupsafe.Markup", "flask.Markup", "*.mark_safe",
                     "flask.make_response", "*.HttpResponse", "*.HTMLResponse")),
        Sink("xpath", ("*.xpath", "lxml.etree.XPath", "*.etree.XPath", "elementpath.select",
                       "elementpath.iter_select", "*.XPathEvaluator"), keywords=("_path",)),
        # ldap3 `conn.search(base, filter)`; python-ldap `l.search_s(base, scope, filter)`
        Sink("ldap", ("*.search",), args=(1,), keywords=("search_filter",),
             excluded=("re.search", "regex.search", "self.search")),
        Sink("ldap", ("*.search_s", "*.search_st", "*.search_ext", "*.search_ext_s"), args=(2,),
             keywords=("filterstr",)),
        # a wildcard pattern: `*` in the data matches every file (`glob("key.*." + key)`)
        Sink("glob", ("glob.glob", "glob.iglob", "*.glob", "*.rglob"),
             keywords=("pathname", "pattern"), excluded=("self.glob", "self.rglob")),
        Sink("header", ("*.set_header", "*.add_header", "*.send_header"), args=(1,)),
        Sink("cookie", ("*.set_cookie", "*.set_signed_cookie"), args=(1,), keywords=("value",)),
        # log forging: a newline in the data writes a fake log entry
        Sink("log", ("logging.debug", "logging.info", "logging.warning", "logging.error",
                     "logging.critical", "logging.exception", "logging.log", "*logger.debug",
                     "*logger.info", "*logger.warning", "*logger.warn", "*logger.error",
                     "*logger.critical", "*logger.exception", "*log.debug", "*log.info",
                     "*log.warning", "*log.error", "*LOGGER.*", "*logger.log"),
             all_args=True),
        Sink("xss", ("self.wfile.write",)),
        Sink("response", ("flask.jsonify", "jsonify", "*.JsonResponse", "*.JSONResponse",
                          "*.Response", "*.json_response", "aiohttp.web.Response"),
             all_args=True, keywords=("text", "body", "data", "content")),
        Sink("system-prompt", ("*.SystemMessage",), keywords=("content",)),
        Sink("system-prompt", ("*.SystemMessagePromptTemplate.from_template",),
             keywords=("template",)),
        Sink("system-prompt", ("*.messages.create", "*.messages.stream"), args=(),
             keywords=("system",)),
        Sink("system-prompt", ("*.responses.create",), args=(), keywords=("instructions",)),
        Sink("system-prompt", ("*.GenerativeModel", "*.GenerateContentConfig"), args=(),
             keywords=("system_instruction",)),
        # agents: OpenAI Agents SDK, AutoGen, CrewAI, LangGraph/LangChain agent factories
        Sink("system-prompt", ("Agent", "*.Agent", "*.AssistantAgent", "*.ConversableAgent"),
             args=(), keywords=("instructions", "system_message", "system_prompt", "backstory",
                                "goal")),
        Sink("system-prompt", ("*.create_react_agent", "*.create_agent"), args=(),
             keywords=("prompt", "state_modifier", "system_prompt")),
    ),
    param_sources=(
        # Flask, FastAPI, Starlette, Sanic, aiohttp route tables, Bottle, Litestar
        ParamSource(PARAM, decorator=re.compile(
            r"^@\s*[\w.]+\.(?:route|get|post|put|delete|patch|api_route|websocket)\s*\(")),
        ParamSource(PARAM, decorator=re.compile(r"^@\s*(?:bottle\.)?(?:route|get|post|put|delete)\s*\(")),
        # (agent tools and MCP handlers: `tool_sources.tool_label`, label TOOL)
        # click / typer commands: the command line
        ParamSource(ARGV, decorator=re.compile(
            r"^@\s*(?:click\.(?:command|option|argument)|[\w.]*(?:cli|app|group)\.command)\b"),
            route=False),
        # graphene / Strawberry-style resolvers: the arguments after `info` come from the query
        ParamSource(PARAM, name=re.compile(r"^(?:resolve_\w+|mutate)$"), after="info"),
    ),
    may_have_source=re.compile(
        r"request|input|argv|environ|getenv|urlopen|httpx|invoke|predict|generate_content"
        r"|completions|messages|responses|output_text|choices|similarity_search"
        r"|relevant_documents|page_content|marginal_relevance|\.run\(|generations|\.content\s*\["
        r"|@\s*[\w.]+\.(?:route|get|post|put|delete|patch|api_route|websocket)\s*\("
        r"|@\s*[\w.]*(?:tool|kernel_function)\b|[Tt]ool\b|tool_calls|call_tool|import click|from click|@\w+\.command"
        r"|parse_args|def (?:resolve_\w+|mutate)\(\s*\w+\s*,\s*info|get_argument|match_info"
        r"|RequestHandler|traceback\.format"),
    session_objects=frozenset({"flask.session", "session", "request.session"}),
    header_objects=("*response.headers", "*resp.headers", "*res.headers"),
    # Tornado's `RequestHandler.set_header/add_header` and Bottle's `set_header` (its `_hval`)
    # raise on control characters; so do werkzeug's `Headers` (Flask), Django's
    # `ResponseHeaders`, aiohttp's writer and the ASGI servers behind Starlette/FastAPI
    # (h11, uvicorn). http.server's `send_header` writes the line as given: it stays a sink.
    crlf_checked=("*.set_header", "*.add_header", "*response.headers", "*resp.headers",
                  "*res.headers"),
    handler_names=frozenset({"self.path", "self.headers", "self.rfile"}),
    handler_class=re.compile(r"RequestHandler\b|HTTPHandler\b"),
    handler_method=re.compile(r"^do_[A-Z]+$"),
    outgoing_requests=("requests.*", "httpx.*", "urllib.request.*", "urllib3.*", "http.client.*",
                       "aiohttp.Client*", "*.PreparedRequest", "*.prepare_request",
                       "*.build_request", "*.Requests", "*RequestsWrapper", "*Client",
                       "*.Session"),
    code_files=re.compile(
        r"""\.(?:py|pyw|pth|html?|jinja2?|j2|tpl|tmpl|mako|jinja)\b['"]|['"/]templates/"""),
)

JAVASCRIPT = Spec(
    request_objects=frozenset({"req", "request", "ctx"}),
    not_request=frozenset({("ctx", "body")}),
    request_attrs=frozenset({"query", "params", "body", "headers", "cookies", "url",
                             "originalUrl", "searchParams", "formData", "json", "text",
                             "files", "path", "get", "header", "param", "rawHeaders",
                             "signedCookies", "hostname", "request", "blob", "arrayBuffer"}),
    source_calls=(
        ("fetch", HTTP), ("axios.get", HTTP), ("axios.post", HTTP), ("axios", HTTP),
        ("prompt", INPUT), ("readline.*", INPUT), ("Math.random", RANDOM),
        ("localStorage.getItem", REQUEST), ("sessionStorage.getItem", REQUEST),
        ("window.localStorage.getItem", REQUEST), ("window.sessionStorage.getItem", REQUEST),
        ("*.similaritySearch*", DOCUMENT), ("*.getRelevantDocuments", DOCUMENT),
    ),
    source_names=(("process.argv", ARGV), ("process.env", ENV), ("location.hash", REQUEST),
                  ("location.search", REQUEST), ("window.location.*", REQUEST),
                  ("document.location.*", REQUEST), ("document.URL", REQUEST),
                  ("document.referrer", REQUEST), ("document.cookie", REQUEST),
                  ("window.name", REQUEST), ("document.documentURI", REQUEST)),
    llm_call_tails=frozenset({"invoke", "predict", "generateContent", "generateText"}),
    passthrough=frozenset({
        "String", "JSON.parse", "JSON.stringify", "path.join", "path.resolve", "path.normalize",
        "decodeURIComponent", "decodeURI", "Buffer.from", "Array.from", "Object.values",
        "URL", "URLSearchParams", "url.parse", "querystring.parse", "qs.parse", "atob", "btoa", "encodeURI", "escape", "unescape",
        # XML parsers: the parsed document holds the text it was given
        "libxmljs.parseXml", "libxmljs.parseXmlString", "libxmljs2.parseXml",
        "libxmljs2.parseXmlString",
    }),
    clean_all=frozenset({"Number", "parseInt", "parseFloat", "Boolean", "Math.abs", "Math.floor",
                         "Math.ceil", "Math.round", "Math.min", "Math.max", "Math.trunc",
                         "Math.sign", "Math.pow", "Math.sqrt", "isNaN"}),
    sanitizers={
        "DOMPurify.sanitize": _HTML_ESCAPES, "dompurify.sanitize": _HTML_ESCAPES,
        "isomorphic-dompurify.sanitize": _HTML_ESCAPES,
        "sanitize-html": _HTML_ESCAPES, "sanitizeHtml": _HTML_ESCAPES, "escapeHtml": _HTML_ESCAPES,
        "escape-html": _HTML_ESCAPES, "he.encode": _HTML_ESCAPES, "he.escape": _HTML_ESCAPES,
        "validator.escape": _HTML_ESCAPES, "lodash.escape": _HTML_ESCAPES,
        "_.escape": _HTML_ESCAPES, "xss": _HTML_ESCAPES, "encodeURIComponent": _HTML_ESCAPES,
        "shell-quote.quote": frozenset({"command"}), "shellescape": frozenset({"command"}),
        "path.basename": frozenset({"path"}),
        "xml-escape": frozenset({"xml"}), "xmlescape": frozenset({"xml"}),
        "escapeXml": frozenset({"xml"}), "escape-xml": frozenset({"xml"}),
    },
    sinks=(
        Sink("command", ("child_process.*",)),
        Sink("code", ("eval", "vm.runIn*", "vm.Script", "vm.compileFunction", "mathjs.evaluate",
                      "mathjs.compile", "math.evaluate", "mathjs.*.evaluate",
                      "safe-eval", "notevil", "vm2.*.run", "*.runInNewContext"),
             excluded=("*.xpath.evaluate", "xpath.evaluate", "document.evaluate", "page.evaluate",
                       "*.page.evaluate")),
        Sink("code", ("Function",), all_args=True),
        Sink("code", ("setTimeout", "setInterval")),
        Sink("sql", ("*.query", "*.$queryRawUnsafe", "*.$executeRawUnsafe", "*.raw",
                     "sequelize.query", "*.prepare",
                     # pg-promise
                     "*db.one", "*db.many", "*db.none", "*db.any", "*db.oneOrNone",
                     "*db.manyOrNone", "*db.result", "*db.multi", "*db.each")),
        Sink("path", ("fs.*", "fs/promises.*", "*.sendFile", "*.download", "*.mv",
                      "*.createReadStream", "*.createWriteStream")),
        Sink("ssrf", ("fetch", "axios", "axios.*", "got", "got.*", "http.get", "https.get",
                      "http.request", "https.request", "needle.get", "needle.head",
                      "needle.post", "needle.put", "needle.delete", "superagent.*", "superagent",
                      "undici.request", "undici.fetch", "undici.stream", "node-fetch",
                      "request", "bent", "ky", "ky.*"),
             keywords=("url", "uri")),
        Sink("ssrf", ("needle", "needle.request"), args=(1,)),
        Sink("xpath", ("xpath.select", "xpath.select1", "xpath.evaluate", "xpath.parse",
                       "document.evaluate", "*.selectNodes", "*.selectSingleNode")),
        Sink("ldap", ("*.search",), args=(1,), keywords=("filter",),
             excluded=("*.location.search", "location.search")),
        Sink("redirect", ("*.redirect", "next/navigation.redirect"), all_args=True),
        Sink("template", ("ejs.render", "pug.render", "pug.compile", "handlebars.compile",
                          "Handlebars.compile", "nunjucks.renderString", "lodash.template",
                          "_.template", "*.renderString")),
        Sink("xss", ("document.write", "document.writeln", "res.send", "res.write", "res.end",
                     "response.send", "reply.send", "*.html", "$.append", "$.prepend",
                     "$.after", "$.before", "$.replaceWith", "jQuery.append", "jQuery.prepend",
                     "jquery.append", "jquery.prepend", "$.wrap", "$.wrapAll")),
        # CORS: the allowed origin taken from the request (its own `Origin` header) allows
        # every site; before the generic header sink, which it replaces for this header
        Sink("cors-origin", ("*.setHeader", "*.header", "*.set", "*.append"), args=(1,),
             name_arg=re.compile(r"(?i)access-control-allow-origin")),
        Sink("header", ("*.setHeader", "*.writeHead"), args=(1,)),
        Sink("cookie", ("*.cookie",), args=(1,), excluded=("document.cookie",)),
        Sink("log", ("*logger.debug", "*logger.info", "*logger.warn", "*logger.warning",
                     "*logger.error", "*logger.fatal", "*logger.trace", "*log.info",
                     "*log.warn", "*log.error", "*log.debug", "*winston.*", "*pino.*"),
             all_args=True),
        Sink("response", ("*.json", "*.status.json", "*.status.send", "*.jsonp"),
             excluded=("*.request.json", "request.json", "req.json", "response.json",
                       "res.json.json")),
        Sink("xss", ("*.insertAdjacentHTML",), args=(1,)),
        Sink("system-prompt", ("*.SystemMessage", "*.SystemMessagePromptTemplate.fromTemplate",
                               "@langchain/*.SystemMessage")),
        Sink("system-prompt", ("*.messages.create", "*.messages.stream"), args=(),
             keywords=("system",)),
        Sink("system-prompt", ("*.responses.create",), args=(), keywords=("instructions",)),
        Sink("system-prompt", ("*.getGenerativeModel", "generateText", "ai.generateText",
                               "streamText", "ai.streamText"), args=(),
             keywords=("systemInstruction", "system")),
        # agents: OpenAI Agents SDK `new Agent({instructions})`, LangGraph `createReactAgent`
        Sink("system-prompt", ("Agent", "*.Agent"), args=(), keywords=("instructions",)),
        Sink("system-prompt", ("*.createReactAgent", "createReactAgent"), args=(),
             keywords=("prompt", "stateModifier")),
    ),
    html_props=frozenset({"innerHTML", "outerHTML"}),
    param_sources=(
        # GraphQL resolvers `resolve(parent, args, context)`: `args` come from the query
        ParamSource(PARAM, name=re.compile(r"^resolve$"), index=1, route=False),
        ParamSource(PARAM, signature=re.compile(r"^(?:parent|root|_\w*|obj|source),args,context"),
                    index=1, route=False),
        # Next.js server actions and form handlers: the submitted form
        ParamSource(REQUEST, param=re.compile(r"^formData$"), route=False),
        # window.addEventListener("message", (event) => ...): another window's message
        ParamSource(REQUEST, signature=re.compile(r"^(?:event|evt|e|ev|msg|message)$"),
                    callback_of=re.compile(r"addEventListener\(\s*['\"]message['\"]|\.onmessage\s*="),
                    route=False),
        # node-xmlrpc method handlers `server.on("method", (err, params, callback) => ...)`:
        # `params` are the XML-RPC call's arguments
        ParamSource(REQUEST, signature=re.compile(r"^(?:err|error|e),params,(?:callback|cb|done)$"),
                    callback_of=re.compile(r"\.on\(\s*['\"][\w.]+['\"]"), index=1, route=False),
        # NestJS / routing-controllers parameter decorators
        ParamSource(PARAM, annotation=re.compile(
            r"@(?:Query|Param|Body|Headers|Req|Request|UploadedFile|QueryParam|BodyParam)\s*\(")),
    ),
    session_objects=frozenset({"req.session", "request.session", "ctx.session"}),
    # Node's http `setHeader` / `writeHead` (and Express `res.set`, Koa `ctx.set` on top of
    # them) throw ERR_INVALID_CHAR on CR/LF: a raw response head written to a socket is not
    crlf_checked=("*.setHeader", "*.writeHead"),
    outgoing_requests=("http.request", "https.request", "http.get", "https.get", "http2.connect",
                       "Request", "axios*", "got*", "superagent*", "undici.*", "needle*",
                       "*.request.agent", "*.prepareRequest", "*.buildRequest"),
    xml_markup=True,
    may_have_source=re.compile(
        r"req|location|document\.URL|process\.(?:env|argv)|fetch|axios|prompt|readline"
        r"|invoke|predict|generateContent|generateText|completions|messages|responses"
        r"|output_text|choices|similaritySearch|RelevantDocuments|pageContent|\.run\("
        r"|[Tt]ool\b|registerTool|CallToolRequestSchema"),
)

SPECS = {"python": PYTHON, "javascript": JAVASCRIPT, "typescript": JAVASCRIPT, "tsx": JAVASCRIPT}

_JAVA_HTML = frozenset({"xss", "template"})

JAVA = Spec(
    request_objects=frozenset({"request", "req", "httpRequest", "servletRequest"}),
    request_attrs=frozenset({
        "getParameter", "getParameterValues", "getParameterMap", "getHeader", "getHeaders",
        "getQueryString", "getCookies", "getInputStream", "getReader", "getRequestURI",
        "getRequestURL", "getPathInfo", "getPart", "getParts",
    }),
    source_calls=(("*System.getenv", ENV), ("*Scanner.next*", INPUT),
                  ("*DocumentBuilderFactory.newInstance", XML_PARSER),
                  ("*DocumentBuilderFactory.newDefaultInstance", XML_PARSER),
                  ("*SAXParserFactory.newInstance", XML_PARSER),
                  ("*SAXParserFactory.newDefaultInstance", XML_PARSER),
                  ("*XMLInputFactory.newInstance", XML_PARSER),
                  ("*XMLInputFactory.newFactory", XML_PARSER),
                  ("*XMLInputFactory.newDefaultFactory", XML_PARSER),
                  ("*XMLReaderFactory.createXMLReader", XML_PARSER),
                  # JAXB has no switch: only a Source built on a configured parser is safe
                  ("*.createUnmarshaller", XML_PARSER)),
    source_names=(),
    llm_call_tails=frozenset(),
    passthrough=frozenset({
        "String.format", "String.valueOf", "String.join", "java.lang.String.format",
        "URLDecoder.decode", "java.net.URLDecoder.decode", "Base64.getDecoder.decode",
        "Paths.get", "Path.of", "java.nio.file.Paths.get", "java.nio.file.Path.of",
        "Arrays.asList", "List.of", "Optional.of", "Optional.ofNullable",
        "URL", "java.net.URL", "URI", "java.net.URI", "URI.create", "java.net.URI.create",
        "StringBuilder", "java.lang.StringBuilder", "String", "StringBuffer",
        # XML input wrappers: the document (and a SAXSource's reader) they hold
        "InputSource", "org.xml.sax.InputSource", "SAXSource", "javax.xml.transform.sax.SAXSource",
        "StreamSource", "javax.xml.transform.stream.StreamSource", "StringReader",
        "java.io.StringReader", "ByteArrayInputStream", "java.io.ByteArrayInputStream",
    }),
    clean_all=frozenset({"Integer.parseInt", "Integer.valueOf", "Long.parseLong", "Long.valueOf",
                         "Double.parseDouble", "Boolean.parseBoolean", "UUID.fromString",
                         "java.util.UUID.fromString"}),
    sanitizers={
        "StringEscapeUtils.escapeHtml4": _JAVA_HTML, "StringEscapeUtils.escapeHtml": _JAVA_HTML,
        "org.apache.commons.text.StringEscapeUtils.escapeHtml4": _JAVA_HTML,
        "org.apache.commons.lang3.StringEscapeUtils.escapeHtml4": _JAVA_HTML,
        "HtmlUtils.htmlEscape": _JAVA_HTML, "org.springframework.web.util.HtmlUtils.htmlEscape":
            _JAVA_HTML, "Encode.forHtml": _JAVA_HTML, "Encode.forHtmlContent": _JAVA_HTML,
        "Encode.forHtmlAttribute": _JAVA_HTML, "org.owasp.encoder.Encode.forHtml": _JAVA_HTML,
        "ESAPI.encoder.encodeForHTML": _JAVA_HTML, "FilenameUtils.getName": frozenset({"path"}),
        "ESAPI.encoder.encodeForLDAP": frozenset({"ldap"}),
        "LdapEncoder.filterEncode": frozenset({"ldap"}),
        "Filter.encodeValue": frozenset({"ldap"}),
        "ESAPI.encoder.encodeForXPath": frozenset({"xpath"}),
    },
    sinks=(
        Sink("command", ("*Runtime.exec", "*getRuntime.exec"), all_args=True),
        Sink("command", ("ProcessBuilder", "java.lang.ProcessBuilder", "*.command"),
             all_args=True, program_first=True),
        Sink("sql", ("*.executeQuery", "*.executeUpdate", "*.execute", "*.prepareStatement",
                     "*.prepareCall", "*.createQuery", "*.createNativeQuery", "*.addBatch",
                     "*.queryForObject", "*.queryForList", "*.queryForMap", "*.queryForRowSet",
                     "*.batchUpdate", "*jdbcTemplate.query", "*JdbcTemplate.query",
                     "*jdbcTemplate.update", "*JdbcTemplate.update"),
             excluded=("*executor.execute", "*Executor.execute", "*.client.execute",
                       "*httpClient.execute", "*HttpClient.execute")),
        Sink("path", ("File", "java.io.File", "FileInputStream", "java.io.FileInputStream",
                      "FileOutputStream", "java.io.FileOutputStream", "FileReader", "FileWriter",
                      "java.io.FileReader", "java.io.FileWriter", "*.getResourceAsStream",
                      "*.getResource", "RandomAccessFile"), all_args=True),
        Sink("path", ("Files.*", "java.nio.file.Files.*")),
        Sink("ssrf", ("*.getForObject", "*.getForEntity", "*.postForObject", "*.postForEntity",
                      "*.exchange", "Jsoup.connect", "org.jsoup.Jsoup.connect",
                      "*.openConnection", "*.openStream", "HttpRequest.newBuilder",
                      "*HttpRequest.newBuilder", "*.uri"), receiver=True),
        Sink("redirect", ("*.sendRedirect", "RedirectView", "*.RedirectView")),
        # Spring `HttpHeaders.setLocation(uri)`, `ResponseEntity.status(FOUND).location(uri)`
        Sink("redirect", ("*.setLocation", "*ResponseEntity*.location")),
        Sink("xss", ("ResponseEntity", "*.ResponseEntity", "*getWriter.write",
                     "*getWriter.print", "*getWriter.println", "*getWriter.printf",
                     "*getWriter.append", "*.ok.body", "*.status.body")),
        Sink("ldap", ("*ontext.search", "*ctx.search", "*Ctx.search", "*onnection.search",
                      "*.searchForObject", "*ldapTemplate.search", "*LdapTemplate.search",
                      "Filter.create", "*Filter.create"), all_args=True),
        Sink("xpath", ("*[xX][pP]ath.evaluate", "*[xX][pP]ath.compile",
                       "*[xX][pP]ath.evaluateExpression")),
        Sink("header", ("*.setHeader", "*.addHeader"), args=(1,)),
        # JAXB, DOM, SAX, StAX parses: only with a parser that still resolves entities
        Sink("xxe", ("*.unmarshal", "*.parse", "*.createXMLStreamReader",
                     "*.createXMLEventReader"), parser=True),
        Sink("code", ("*ScriptEngine.eval", "*engine.eval", "*Engine.eval",
                      "*.parseExpression", "*Ognl.getValue", "*MVEL.eval")),
    ),
    param_sources=(
        # Spring MVC / JAX-RS: the annotation says where the value comes from
        ParamSource(PARAM, annotation=re.compile(
            r"@(?:RequestParam|PathVariable|RequestBody|RequestHeader|CookieValue|"
            r"ModelAttribute|RequestPart|MatrixVariable|QueryParam|PathParam|FormParam|"
            r"HeaderParam|CookieParam)\b")),
    ),
    header_setters=frozenset({"header", "add", "set", "put", "setHeader", "addHeader"}),
    may_have_source=re.compile(
        r"Request|getParameter|getHeader|getenv|Scanner|Param|PathVariable|RequestBody"),
    session_objects=frozenset(),
)

GO = Spec(
    request_objects=frozenset({"r", "req", "request", "c", "ctx"}),
    request_attrs=frozenset({
        # net/http
        "URL", "Form", "PostForm", "FormValue", "PostFormValue", "Header", "Body", "Cookie",
        "Cookies", "MultipartForm", "FormFile", "RequestURI", "Host", "Referer", "UserAgent",
        # gin, echo, fiber, chi
        "Query", "DefaultQuery", "GetQuery", "QueryArray", "QueryMap", "Param", "Params",
        "PostForm", "DefaultPostForm", "GetPostForm", "GetHeader", "QueryParam", "QueryParams",
        "FormParams", "Bind", "ShouldBind", "ShouldBindJSON", "BindJSON", "GetRawData",
        "Request", "BodyParser",
    }),
    source_calls=(("os.Getenv", ENV), ("*chi.URLParam", REQUEST), ("mux.Vars", REQUEST),
                  ("*mux.Vars", REQUEST)),
    source_names=(("os.Args", ARGV),),
    llm_call_tails=frozenset(),
    passthrough=frozenset({
        "fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln", "strings.Join", "strings.Replace",
        "strings.ReplaceAll", "strings.TrimSpace", "strings.ToLower", "strings.ToUpper",
        "strings.Trim", "strings.Split", "strings.Fields", "path.Join", "path/filepath.Join",
        "path/filepath.Clean", "path.Clean", "net/url.QueryUnescape", "net/url.PathUnescape",
        "net/url.Parse", "string", "[]byte", "bytes.NewBufferString", "strings.NewReader",
        "encoding/base64.StdEncoding.DecodeString",
    }),
    clean_all=frozenset({"strconv.Atoi", "strconv.ParseInt", "strconv.ParseFloat",
                         "strconv.ParseBool", "strconv.ParseUint", "len"}),
    sanitizers={
        "html.EscapeString": _HTML_ESCAPES, "html/template.HTMLEscapeString": _HTML_ESCAPES,
        "text/template.HTMLEscapeString": _HTML_ESCAPES,
        "net/url.QueryEscape": frozenset({"xss", "template", "path", "command", "redirect"}),
        "net/url.PathEscape": frozenset({"xss", "template", "path", "command", "redirect"}),
        "path/filepath.Base": frozenset({"path"}), "path.Base": frozenset({"path"}),
    },
    sinks=(
        Sink("command", ("os/exec.Command",), all_args=True, program_first=True),
        Sink("command", ("os/exec.CommandContext",), args=(1, 2, 3, 4, 5, 6),
             program_first=True),
        Sink("sql", ("*.Query", "*.QueryRow", "*.Exec", "*.Prepare", "*.Raw"),
             excluded=("*.URL.Query", "r.URL.Query", "req.URL.Query", "*.Request.URL.Query")),
        Sink("sql", ("*.QueryContext", "*.QueryRowContext", "*.ExecContext",
                     "*.PrepareContext"), args=(1,)),
        Sink("path", ("os.Open", "os.OpenFile", "os.ReadFile", "os.WriteFile", "os.Create",
                      "os.Remove", "os.RemoveAll", "os.Mkdir", "os.MkdirAll", "io/ioutil.ReadFile",
                      "io/ioutil.WriteFile", "*.File", "*.FileAttachment", "*.SendFile")),
        Sink("path", ("net/http.ServeFile",), args=(2,)),
        Sink("ssrf", ("net/http.Get", "net/http.Post", "net/http.Head", "net/http.PostForm")),
        Sink("ssrf", ("net/http.NewRequest", "net/http.NewRequestWithContext"), args=(1, 2)),
        Sink("redirect", ("net/http.Redirect",), args=(2,)),
        Sink("redirect", ("*.Redirect",), args=(1,), excluded=("net/http.Redirect",)),
        Sink("xss", ("*.Write",), excluded=("*.Header.Write", "*.Hash.Write", "*.h.Write",
                                            "*hasher.Write", "*.buf.Write", "*.b.Write")),
        Sink("xss", ("io.WriteString",), args=(1,)),
        Sink("xss", ("*.String", "*.Data"), args=(1, 2, 3)),
        Sink("xss", ("html/template.HTML",)),
    ),
    may_have_source=re.compile(r"net/http|gin|echo|fiber|chi|mux|os\.Args|Getenv"),
)

SPECS["java"] = JAVA
SPECS["go"] = GO
