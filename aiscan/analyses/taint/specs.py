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
TOOL = "tool"  # an argument of an agent/MCP tool: the model chose it

LABEL_TEXT = {
    REQUEST: "request data", PARAM: "a route parameter", INPUT: "terminal input",
    ARGV: "a command-line argument", ENV: "an environment variable",
    HTTP: "a fetched HTTP response", LLM: "model output", DOCUMENT: "a retrieved document",
    TOOL: "a tool argument the model chose",
}

ALL_SINKS = ("command", "code", "sql", "path", "ssrf", "redirect", "template", "xss")


@dataclass(frozen=True)
class Sink:
    category: str
    callees: tuple[str, ...]
    args: tuple[int, ...] = (0,)
    keywords: tuple[str, ...] = ()
    argv: bool = False  # a program + arguments list: only the program (first element) matters
    all_args: bool = False
    excluded: tuple[str, ...] = ()  # names the globs catch that are not this sink


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
    # a file none of whose text matches cannot hold a source: it is not analysed at all
    may_have_source: re.Pattern = re.compile("")
    # lookups by callee name, owned by the spec (a spec lives as long as the process)
    _memo: dict = field(default_factory=dict, compare=False, repr=False)

    def sink_for(self, name: str) -> Sink | None:
        memo = self._memo.setdefault("sinks", {})
        if name not in memo:
            if len(memo) > 100_000:  # bounded: a huge scan meets many distinct callees
                memo.clear()
            memo[name] = next((s for s in self.sinks if _globs(s.callees).match(name)
                               and name not in s.excluded), None)
        return memo[name]

    def source_call(self, name: str) -> str | None:
        return _first(self.source_calls, name, self._memo.setdefault("source_calls", {}))

    def source_name(self, name: str) -> str | None:
        return _first(self.source_names, name, self._memo.setdefault("source_names", {}))


@functools.lru_cache(maxsize=None)
def _globs(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{fnmatch.translate(p)})" for p in patterns))


def _first(table, name: str, memo: dict) -> str | None:
    if name not in memo:
        if len(memo) > 100_000:
            memo.clear()
        memo[name] = next((label for glob, label in table if fnmatch.fnmatchcase(name, glob)),
                          None)
    return memo[name]


# Matches on the source text of an attribute read: model responses are read the same way
# whatever variable holds them.
LLM_READ = re.compile(
    r"\.choices\s*\[\s*\d+\s*\]\s*\.\s*(?:message|text|delta)\b|\.content\s*\[\s*\d+\s*\]\s*\.\s*text\b"
    r"|\.output_text\b|\.generations\b")
LLM_RUN_RECEIVER = re.compile(r"chain|agent|llm|executor", re.I)
DOCUMENT_ATTRS = frozenset({"page_content"})

_HTML_ESCAPES = frozenset({"xss", "template"})

PYTHON = Spec(
    request_objects=frozenset({"request"}),
    request_attrs=frozenset({
        "args", "form", "json", "values", "cookies", "headers", "data", "files", "GET", "POST",
        "body", "get_json", "get_data", "query_params", "path_params", "query_string", "stream",
        "FILES", "COOKIES", "META", "path", "full_path", "url",
    }),
    source_calls=(
        ("input", INPUT), ("builtins.input", INPUT), ("raw_input", INPUT),
        ("os.getenv", ENV), ("os.environ.get", ENV),
        ("requests.get", HTTP), ("requests.post", HTTP), ("requests.request", HTTP),
        ("httpx.get", HTTP), ("httpx.post", HTTP), ("urllib.request.urlopen", HTTP),
        ("*.similarity_search*", DOCUMENT), ("*.get_relevant_documents", DOCUMENT),
        ("*.max_marginal_relevance_search", DOCUMENT),
    ),
    source_names=(("sys.argv", ARGV), ("os.environ", ENV)),
    llm_call_tails=frozenset({
        "invoke", "ainvoke", "predict", "apredict", "generate_content", "generate_content_async",
    }),
    passthrough=frozenset({
        "str", "repr", "format", "bytes", "list", "tuple", "dict", "set", "sorted", "reversed",
        "json.loads", "json.dumps", "os.path.join", "os.path.normpath", "os.path.abspath",
        "os.path.realpath", "os.path.expanduser", "pathlib.Path", "urllib.parse.unquote",
        "urllib.parse.urljoin", "base64.b64decode", "textwrap.dedent",
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
    },
    sinks=(
        Sink("command", ("os.system", "os.popen", "commands.getoutput", "subprocess.getoutput",
                         "subprocess.getstatusoutput", "os.exec*", "os.spawn*"), all_args=True),
        Sink("command", ("subprocess.*",), keywords=("args",), argv=True),
        Sink("code", ("eval", "exec", "compile", "builtins.eval", "builtins.exec")),
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
    may_have_source=re.compile(
        r"request|input|argv|environ|getenv|urlopen|httpx|invoke|predict|generate_content"
        r"|completions|messages|responses|output_text|choices|similarity_search"
        r"|relevant_documents|page_content|marginal_relevance|\.run\(|generations|\.content\s*\["
        r"|@\s*[\w.]+\.(?:route|get|post|put|delete|patch|api_route|websocket)\s*\("
        r"|@\s*[\w.]*(?:tool|kernel_function)\b|[Tt]ool\b|tool_calls|call_tool"),
)

JAVASCRIPT = Spec(
    request_objects=frozenset({"req", "request", "ctx"}),
    request_attrs=frozenset({"query", "params", "body", "headers", "cookies", "url",
                             "originalUrl", "searchParams", "formData", "json", "text"}),
    source_calls=(
        ("fetch", HTTP), ("axios.get", HTTP), ("axios.post", HTTP), ("axios", HTTP),
        ("prompt", INPUT), ("readline.*", INPUT),
        ("*.similaritySearch*", DOCUMENT), ("*.getRelevantDocuments", DOCUMENT),
    ),
    source_names=(("process.argv", ARGV), ("process.env", ENV), ("location.hash", REQUEST),
                  ("location.search", REQUEST), ("window.location.*", REQUEST),
                  ("document.location.*", REQUEST), ("document.URL", REQUEST)),
    llm_call_tails=frozenset({"invoke", "predict", "generateContent", "generateText"}),
    passthrough=frozenset({
        "String", "JSON.parse", "JSON.stringify", "path.join", "path.resolve", "path.normalize",
        "decodeURIComponent", "decodeURI", "Buffer.from", "Array.from", "Object.values",
        "URL", "URLSearchParams",
    }),
    clean_all=frozenset({"Number", "parseInt", "parseFloat", "Boolean", "Math.*", "isNaN"}),
    sanitizers={
        "DOMPurify.sanitize": _HTML_ESCAPES, "dompurify.sanitize": _HTML_ESCAPES,
        "isomorphic-dompurify.sanitize": _HTML_ESCAPES,
        "sanitize-html": _HTML_ESCAPES, "sanitizeHtml": _HTML_ESCAPES, "escapeHtml": _HTML_ESCAPES,
        "escape-html": _HTML_ESCAPES, "he.encode": _HTML_ESCAPES, "he.escape": _HTML_ESCAPES,
        "validator.escape": _HTML_ESCAPES, "lodash.escape": _HTML_ESCAPES,
        "_.escape": _HTML_ESCAPES, "xss": _HTML_ESCAPES, "encodeURIComponent": _HTML_ESCAPES,
        "shell-quote.quote": frozenset({"command"}), "shellescape": frozenset({"command"}),
        "path.basename": frozenset({"path"}),
    },
    sinks=(
        Sink("command", ("child_process.*",)),
        Sink("code", ("eval", "vm.runIn*", "vm.Script", "vm.compileFunction")),
        Sink("code", ("Function",), all_args=True),
        Sink("code", ("setTimeout", "setInterval")),
        Sink("sql", ("*.query", "*.$queryRawUnsafe", "*.$executeRawUnsafe", "*.raw",
                     "sequelize.query", "*.prepare")),
        Sink("path", ("fs.*", "fs/promises.*", "*.sendFile", "*.download")),
        Sink("ssrf", ("fetch", "axios", "axios.*", "got", "got.*", "http.get", "https.get",
                      "http.request", "https.request", "needle", "superagent.get"),
             keywords=("url",)),
        Sink("redirect", ("*.redirect", "next/navigation.redirect"), all_args=True),
        Sink("template", ("ejs.render", "pug.render", "pug.compile", "handlebars.compile",
                          "Handlebars.compile", "nunjucks.renderString", "lodash.template",
                          "_.template", "*.renderString")),
        Sink("xss", ("document.write", "document.writeln", "res.send", "res.write", "res.end",
                     "response.send", "reply.send", "*.html")),
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
    may_have_source=re.compile(
        r"req|location|document\.URL|process\.(?:env|argv)|fetch|axios|prompt|readline"
        r"|invoke|predict|generateContent|generateText|completions|messages|responses"
        r"|output_text|choices|similaritySearch|RelevantDocuments|pageContent|\.run\("
        r"|[Tt]ool\b|registerTool|CallToolRequestSchema"),
)

SPECS = {"python": PYTHON, "javascript": JAVASCRIPT, "typescript": JAVASCRIPT, "tsx": JAVASCRIPT}
