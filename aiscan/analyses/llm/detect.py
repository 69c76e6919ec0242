"""One file's LLM usage: clients built, calls made, models named, prompts, key variables.

`analyze(ctx)` runs one tree-sitter query per file and is memoised in `ctx.cache`, so every
governance check on the file shares it. `FileLLM.facts()` is the JSON the `llm` fact collector
(aiscan.analyses.facts) stores in `FileResult.facts["llm"]` for every file, whatever rules are
selected (and the result cache keeps), which is all `aiscan inventory` reads.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ...engine import syntax
from ...engine.imports import resolve
from . import catalogue as cat
from .origins import env_access, prompt_origin, unwrap, value_origin

MAX_WALK = 400
_QUERIES = {
    "python": "(call) @call (assignment) @assign (dictionary) @dict (subscript) @env",
    "js": """(call_expression) @call (new_expression) @call (variable_declarator) @assign
             (assignment_expression) @assign (object) @dict (member_expression) @env
             (subscript_expression) @env""",
}
CACHE_KEY = "llm"
SYSTEM_PROMPT_NAME = re.compile(r"(?:^|_)system_?prompt(?:_?(?:text|template|tmpl|str))?$",
                                re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _query(language: str):
    import tree_sitter

    from ...engine.languages import ts_language

    return tree_sitter.Query(ts_language(language),
                             _QUERIES["python" if language == "python" else "js"])


@dataclass
class Client:
    node: object
    var: str
    provider: str
    framework: str
    callee: str
    kwargs: dict
    model_node: object = None
    timeout: bool = False
    retries: bool = False
    limit: bool = False
    api_key: bool = False
    derived: bool = False  # `client.with_options(...)`, `prompt | llm`: not a construction
    label: str = ""  # the constructor as written (`Anthropic`), for messages


@dataclass
class Call:
    node: object
    provider: str
    framework: str
    api: str
    client: Client | None
    model_node: object = None
    model: dict = field(default_factory=dict)
    stream: bool = False
    limit: bool = False
    prompt: str = ""


class FileLLM:
    def __init__(self, ctx):
        self.ctx = ctx
        self.profile = ctx.profile
        self.clients: list[Client] = []
        self.calls: list[Call] = []
        self.system_prompts: list[dict] = []
        self.env_keys: dict[str, int] = {}
        self.names: dict[str, object] = {}  # variable -> the last value assigned to it
        self.call_nodes: list = []
        self.assigns: list[tuple[str, object, object]] = []
        self.sdks = sorted({s for s in (cat.sdk_of_module(q) for q in ctx.imports.values()) if s})

    # -- collection ------------------------------------------------------------------------
    def run(self) -> None:
        import tree_sitter

        caps = tree_sitter.QueryCursor(_query(self.ctx.language)).captures(self.ctx.tree.root_node)
        order = lambda n: n.start_byte  # noqa: E731
        for node in sorted(caps.get("assign", []), key=order):
            target, value = self._assign_parts(node)
            if target and value is not None:
                self.assigns.append((target, value, node))
                self.names[target] = value
        self.call_nodes = sorted(caps.get("call", []), key=order)
        built = set()
        for target, value, _ in self.assigns:
            client = self._client_from_value(target, unwrap(value))
            if client is not None:
                self.clients.append(client)
                built.add(client.node.id)
        for node in self.call_nodes:
            if node.id not in built:
                client = self._constructor(node, "")
                if client is not None:
                    self.clients.append(client)
                    built.add(node.id)
                    continue
            call = self._call_site(node)
            if call is not None:
                self.calls.append(call)
            self._system_message_call(node)
        for node in sorted(caps.get("dict", []), key=order):
            self._system_dict(node)
        for target, value, node in self.assigns:  # SYSTEM_PROMPT = "…" in a prompts module
            if SYSTEM_PROMPT_NAME.search(camel_to_snake(target.rsplit(".", 1)[-1])):
                self._add_system(value, value)
        for node in [*caps.get("env", []), *self.call_nodes]:
            found = env_access(node, self.ctx)
            if found and cat.KEY_ENV_NAME.search(found[0]):
                self.env_keys.setdefault(found[0], node.start_point[0] + 1)

    def _assign_parts(self, node):
        left = node.child_by_field_name("left") or node.child_by_field_name("name")
        right = node.child_by_field_name("right") or node.child_by_field_name("value")
        if left is None or left.type not in ("identifier", "attribute", "member_expression"):
            return "", None
        return syntax.dotted_name(left, self.profile), right

    def _qualified(self, node) -> tuple[str, str]:
        raw = syntax.callee_name(node, self.profile)
        return raw, resolve(raw, self.ctx.imports)

    def _kwargs(self, node) -> tuple[list, dict]:
        return syntax.call_arguments(node, self.profile)

    def _constructor(self, node, var: str) -> Client | None:
        if node.type not in self.profile.call_types:
            return None
        raw, name = self._qualified(node)
        args, kwargs = self._kwargs(node)
        found = cat.CONSTRUCTORS.get(name) or cat.framework_constructor(name)
        if found is None and name in cat.BOTO3_CLIENTS:
            service = args[0] if args else kwargs.get("service_name")
            if service is not None and syntax.literal_value(service, self.profile) in \
                    cat.BEDROCK_SERVICES:
                found = ("bedrock", "boto3")
        if found is None and name.endswith("init_chat_model") and "langchain" in name:
            found = ("", "langchain")
        if found is None:
            return None
        provider, framework = found
        client = Client(node, var, provider, framework, name, kwargs,
                        label=raw.rsplit(".", 1)[-1])
        client.model_node = next((kwargs[k] for k in cat.MODEL_KEYS if k in kwargs), None)
        if client.model_node is None and args and name.endswith(("GenerativeModel", "init_chat_model")):
            client.model_node = args[0]
        if not provider:
            hint = kwargs.get("model_provider")
            client.provider = (syntax.string_content(hint) if hint is not None and
                               hint.type == "string" else "") or self._model_provider(client.model_node)
        self._apply_options(client, kwargs)
        client.api_key = any(k in kwargs for k in cat.API_KEY_KEYS)
        return client

    def _apply_options(self, client: Client, kwargs: dict) -> None:
        client.timeout |= any(k in kwargs for k in cat.TIMEOUT_KEYS)
        client.retries |= any(k in kwargs for k in cat.RETRY_KEYS)
        client.limit |= self._has_limit(kwargs)

    def _has_limit(self, kwargs: dict) -> bool:
        if any(k in kwargs for k in cat.LIMIT_KEYS):
            return True
        return any(k in kwargs and any(lim in syntax.text(kwargs[k]) for lim in cat.LIMIT_KEYS)
                   for k in cat.CONFIG_KEYS)

    def _client_from_value(self, target: str, value) -> Client | None:
        if value is None:
            return None
        if value.type in self.profile.call_types:
            made = self._constructor(value, target)
            if made is not None:
                return made
            raw, _ = self._qualified(value)
            base, method = self._client_for(raw)
            if base is not None and method.rsplit(".", 1)[-1] in cat.DERIVE_METHODS:
                args, kwargs = self._kwargs(value)
                copy = Client(value, target, base.provider, base.framework, base.callee,
                              kwargs, base.model_node, base.timeout, base.retries, base.limit,
                              base.api_key, derived=True)
                copy.model_node = next((kwargs[k] for k in cat.MODEL_KEYS if k in kwargs),
                                       args[0] if args and method == "get_generative_model"
                                       else base.model_node)
                self._apply_options(copy, kwargs)
                return copy
            return None
        # `chain = prompt | llm | parser` and `llm2 = llm`: the chain calls llm's model
        if value.type not in ("identifier", "binary_operator", "binary_expression"):
            return None
        for ident in _identifiers(value, self.profile):
            base, method = self._client_for(ident)
            if base is not None and not method:
                return Client(value, target, base.provider, base.framework, base.callee, {},
                              base.model_node, base.timeout, base.retries, base.limit,
                              base.api_key, derived=True)
        return None

    def _client_for(self, raw: str) -> tuple[Client | None, str]:
        """The client a dotted callee starts with, and the method path after it."""
        best, best_len = None, -1
        for c in self.clients:
            if c.var and (raw == c.var or raw.startswith(c.var + ".")) and len(c.var) > best_len:
                best, best_len = c, len(c.var)
        if best is None:
            return None, ""
        return best, raw[best_len + 1:]

    def _call_site(self, node) -> Call | None:
        raw, name = self._qualified(node)
        args, kwargs = self._kwargs(node)
        client, method = self._client_for(raw)
        while method.split(".")[0] in cat.DERIVE_METHODS and "." in method:
            method = method.split(".", 1)[1]  # client.with_options(timeout=5).chat…
        provider = framework = ""
        if client is not None and (method in cat.CALL_METHODS or (
                not method and client.framework == "transformers")):
            provider, framework, api = client.provider, client.framework, method or "__call__"
        elif name in cat.MODULE_CALLS:
            provider, framework = cat.MODULE_CALLS[name]
            api = name
        else:
            head = _constructor_prefix(name)
            if head is not None:  # `anthropic.Anthropic().messages.create(...)`
                method = name[len(head[0]) + 1:]
                if method not in cat.CALL_METHODS:
                    return None
                (provider, framework), api, client = head[1], method, None
            else:
                shape = next((s for s in cat.SHAPE_PROVIDERS if raw.endswith("." + s)), None)
                if shape is None:
                    return None
                provider = next((s for s in self.sdks if s in cat.PINNED_PROVIDERS),
                                cat.SHAPE_PROVIDERS[shape])
                framework, api = "shared-client", shape
        call = Call(node, provider, framework, api, client)
        call.model_node = next((kwargs[k] for k in cat.MODEL_KEYS if k in kwargs), None)
        if call.model_node is not None:
            inner = unwrap(call.model_node)
            if inner.type in self.profile.call_types:  # Vercel: model: openai("gpt-4o")
                _, factory = self._qualified(inner)
                if factory.startswith(cat.AI_SDK_PREFIX):
                    pkg = factory[len(cat.AI_SDK_PREFIX):].split(".")[0]
                    call.provider = cat.AI_SDK_PROVIDERS.get(pkg, pkg)
                    fargs, _ = self._kwargs(inner)
                    call.model_node = fargs[0] if fargs else None
        elif client is not None:
            call.model_node = client.model_node
        if call.model_node is not None:
            call.model = value_origin(call.model_node, self.ctx, self.names)
        if not call.provider or call.provider == "litellm":
            call.provider = self._model_provider(call.model_node) or call.provider or "unknown"
        stream = kwargs.get("stream")
        call.stream = api.rsplit(".", 1)[-1] in cat.STREAM_METHODS or api in cat.STREAM_METHODS \
            or (stream is not None and syntax.literal_value(stream, self.profile) is not False)
        call.limit = self._has_limit(kwargs) or (client is not None and client.limit)
        prompt = next((kwargs[k] for k in cat.PROMPT_KEYS if k in kwargs), None)
        if prompt is None and args and (api.rsplit(".", 1)[-1] in cat.POSITIONAL_PROMPT):
            prompt = args[0]
        if prompt is not None:
            call.prompt = prompt_origin(prompt, self.ctx, self.names)
        for key in cat.SYSTEM_KEYS:
            if key in kwargs:
                self._add_system(kwargs[key], kwargs[key])
        return call

    def _model_provider(self, model_node) -> str:
        if model_node is None:
            return ""
        origin = value_origin(model_node, self.ctx, self.names)
        value = origin.get("value") or origin.get("default") or ""
        return cat.provider_of_model(value)

    # -- system prompts ----------------------------------------------------------------------
    def _add_system(self, where, content) -> None:
        line = where.start_point[0] + 1
        if any(s["line"] == line for s in self.system_prompts):
            return
        origin = prompt_origin(content, self.ctx, self.names) if content is not None else "expression"
        self.system_prompts.append({"line": line, "origin": origin})

    def _system_dict(self, node) -> None:
        """`{"role": "system", "content": ...}` anywhere in the file."""
        role = content = None
        for k, _, value in syntax.literal_pairs(node):
            if k == "role" and value.type == "string" and syntax.string_content(value) in (
                    "system", "developer"):
                role = value
            elif k in ("content", "parts"):
                content = value
        if role is not None:
            self._add_system(node, content)

    def _system_message_call(self, node) -> None:
        raw = syntax.callee_name(node, self.profile)
        if raw.rsplit(".", 1)[-1] in ("SystemMessage", "SystemMessagePromptTemplate"):
            args, kwargs = self._kwargs(node)
            self._add_system(node, kwargs.get("content") or (args[0] if args else None))

    # -- facts -------------------------------------------------------------------------------
    def used(self) -> bool:
        return bool(self.clients or self.calls)

    def facts(self) -> dict:
        keys = [{"name": n, "line": line} for n, line in self.env_keys.items()]
        for c in self.clients:
            default = cat.DEFAULT_KEY_ENV.get(c.provider)
            if default and not c.api_key and not c.derived and default not in self.env_keys:
                keys.append({"name": default, "line": c.node.start_point[0] + 1, "implicit": True})
                self.env_keys[default] = c.node.start_point[0] + 1
        return {
            "sdks": self.sdks,
            "clients": [{"line": c.node.start_point[0] + 1, "provider": c.provider,
                         "framework": c.framework, "callee": c.callee, "var": c.var,
                         "model": value_origin(c.model_node, self.ctx, self.names)
                         if c.model_node is not None else {},
                         "timeout": c.timeout, "retries": c.retries, "limit": c.limit}
                        for c in self.clients if not c.derived],
            "calls": [{"line": c.node.start_point[0] + 1, "provider": c.provider,
                       "framework": c.framework, "api": c.api, "model": c.model,
                       "prompt": c.prompt, "stream": c.stream, "limit": c.limit}
                      for c in self.calls],
            "system_prompts": sorted(self.system_prompts, key=lambda s: s["line"]),
            "env_keys": keys if self.used() or self.sdks else [],
        }


def _constructor_prefix(name: str):
    parts = name.split(".")
    for i in range(len(parts) - 1, 0, -1):
        head = ".".join(parts[:i])
        found = cat.CONSTRUCTORS.get(head) or cat.framework_constructor(head)
        if found is not None:
            return head, found
    return None


def _identifiers(node, profile) -> list[str]:
    out, stack, budget = [], [node], MAX_WALK
    while stack and budget:
        budget -= 1
        cur = stack.pop()
        if cur.type == "identifier":
            out.append(syntax.text(cur))
        elif cur.type in profile.attribute_types:
            out.append(syntax.dotted_name(cur, profile))
        elif cur.type not in profile.call_types:
            stack.extend(cur.named_children)
    return out


def analyze(ctx) -> FileLLM:
    """The file's LLM usage, computed once per file (the `llm` fact collector records it)."""
    found = ctx.cache.get(CACHE_KEY)
    if found is None:
        found = FileLLM(ctx)
        if ctx.tree is not None and ctx.language in ("python", "javascript", "typescript", "tsx"):
            found.run()
        ctx.cache[CACHE_KEY] = found
    return found


def camel_to_snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()
