"""LLM governance: pinned models, timeouts and retries, token limits, validated output, PII.

Every check here is a whole-file check that starts from `aiscan.analyses.llm.detect.analyze(ctx)`: the
first one to run on a file collects its LLM usage (and records it in the file's facts for
`aiscan inventory`), the others reuse it. Python and JavaScript rules name the same checks.
"""

from __future__ import annotations

from ...engine import syntax
from ..llm import catalogue as cat
from ..llm.detect import MAX_WALK, analyze, camel_to_snake
from ..llm.origins import unwrap, value_origin
from . import register

PARSERS = {"json.loads": "json.loads", "JSON.parse": "JSON.parse", "eval": "eval",
           "ast.literal_eval": "ast.literal_eval"}


@register("llm.model-not-pinned")
def model_not_pinned(ctx, rule) -> None:
    """Once per unpinned model id and file, at its first use: the inventory lists every call."""
    llm = analyze(ctx)
    seen: set[int] = set()
    reported: set[str] = set()
    places = [(c.model_node, c.provider) for c in llm.clients if not c.derived]
    places += [(c.model_node, c.provider) for c in llm.calls]
    places = sorted((p for p in places if p[0] is not None), key=lambda p: p[0].start_byte)
    for node, provider in places:
        if node is None or node.id in seen:
            continue
        seen.add(node.id)
        origin = value_origin(node, ctx, llm.names)
        model = origin.get("value") or origin.get("default")
        if not model:
            continue
        provider = cat.provider_of_model(model) or provider
        if not cat.pinned(model, provider) and model not in reported:
            reported.add(model)
            ctx.report(rule, node, model=model, provider=provider)


@register("llm.client-no-timeout")
def client_no_timeout(ctx, rule) -> None:
    """Only what the SDK in hand makes risky: its default timeout switched off
    (`timeout=None`), or an SDK that waits forever by default given no timeout. SDKs with a
    documented timeout and retry policy (`cat.SDK_DEFAULTS`) are fine as built, and so is
    `max_retries=0`: on every client seen on real code it was deliberate (tests, a caller
    that retries or falls back itself)."""
    for client in analyze(ctx).clients:
        defaults = cat.SDK_DEFAULTS.get(client.framework)
        if defaults is None:
            continue
        problem = _timeout_problem(client, defaults, ctx.profile, ctx.language == "python")
        if problem is not None:
            ctx.report(rule, client.node, callee=client.label or client.callee, problem=problem)


def _arg(client, names):
    return next((n for n in names if n in client.kwargs), "")


def _timeout_problem(client, defaults, profile, settable: bool) -> str | None:
    """`settable`: the constructor takes a timeout (Python's Ollama and Hugging Face clients
    do; ollama-js has no such option, only a custom `fetch`)."""
    name = _arg(client, cat.TIMEOUT_ARGS)
    if name:
        node = client.kwargs[name]
        value = syntax.literal_value(node, profile)
        if value is None or cat.UNBOUNDED.match(syntax.text(node)):
            default = (f"the SDK's {defaults.timeout:g} s default" if defaults.timeout
                       else "any limit")
            return f"waits forever: `{name}={syntax.text(node)}` switches off {default}"
        return None
    if defaults.timeout is None and settable and not client.derived and not client.timeout:
        return f"has no timeout, and {client.framework} waits indefinitely by default"
    return None


@register("llm.call-no-token-limit")
def call_no_token_limit(ctx, rule) -> None:
    for call in analyze(ctx).calls:
        if not call.stream and not call.limit:
            ctx.report(rule, call.node, api=call.api, provider=call.provider)


@register("llm.stream-no-cap")
def stream_no_cap(ctx, rule) -> None:
    for call in analyze(ctx).calls:
        if call.stream and not call.limit:
            ctx.report(rule, call.node, api=call.api, provider=call.provider)


@register("llm.output-parsed-without-schema")
def output_parsed_without_schema(ctx, rule) -> None:
    llm = analyze(ctx)
    if not llm.calls:
        return
    profile = ctx.profile
    spans = [(c.node.start_byte, c.node.end_byte) for c in llm.calls]
    outputs = _output_names(llm, spans)
    for node in llm.call_nodes:
        name = ctx.callee(node)
        if name not in PARSERS:
            continue
        args, _ = syntax.call_arguments(node, profile)
        if not args or not _from_model(args[0], spans, outputs, profile):
            continue
        if _validated(node, llm, profile):
            continue
        ctx.report(rule, node, callee=PARSERS[name])


def _inside(node, spans) -> bool:
    """Whether the expression contains an LLM call (`json.loads(client.….create(…).text)`)."""
    return any(node.start_byte <= s and e <= node.end_byte for s, e in spans)


def _output_names(llm, spans) -> set[str]:
    """Variables that hold a model's answer: assigned from a call site, or from such a variable."""
    out: set[str] = set()
    for target, value, _ in llm.assigns:
        if _inside(value, spans) or any(
                ident.split(".")[0] in out for ident in _names_in(value, llm.profile)):
            out.add(target)
    return out


def _from_model(arg, spans, outputs, profile) -> bool:
    if _inside(arg, spans):
        return True
    return any(name.split(".")[0] in outputs or name in outputs
               for name in _names_in(arg, profile))


def _validated(node, llm, profile) -> bool:
    """The parsed value goes straight into a schema: `Model.model_validate(json.loads(x))`,
    `Model(**json.loads(x))`, `schema.parse(JSON.parse(x))`, or via the variable it lands in."""
    cur = node
    for _ in range(4):
        cur = cur.parent
        if cur is None:
            break
        if cur.type in profile.call_types:
            if _is_validator(cur, profile):
                return True
            break
    target = next((t for t, value, _ in llm.assigns if unwrap(value) == node), None)
    if target is None:
        return False
    for call in llm.call_nodes:
        if call.start_byte > node.end_byte and _is_validator(call, profile):
            args, kwargs = syntax.call_arguments(call, profile)
            if any(target in _names_in(a, profile) for a in [*args, *kwargs.values()]):
                return True
    return False


def _is_validator(call, profile) -> bool:
    name = syntax.callee_name(call, profile)
    if name in PARSERS:
        return False
    tail = name.rsplit(".", 1)[-1]
    if tail in cat.VALIDATOR_TAILS:
        return True
    args = call.child_by_field_name("arguments")
    # `Model(**data)`: a class built from the parsed dict validates it (pydantic, dataclass)
    return tail[:1].isupper() and args is not None and any(
        c.type == "dictionary_splat" for c in args.named_children)


def _names_in(node, profile) -> list[str]:
    out, stack, budget = [], [node], MAX_WALK
    while stack and budget:
        budget -= 1
        cur = stack.pop()
        if cur.type in ("identifier", "shorthand_property_identifier"):
            out.append(syntax.text(cur))
        elif cur.type in profile.attribute_types:
            out.append(syntax.dotted_name(cur, profile))
            stack.extend(cur.named_children)
        else:
            stack.extend(cur.named_children)
    return out


@register("llm.pii-to-model")
def pii_to_model(ctx, rule) -> None:
    llm = analyze(ctx)
    if not llm.calls:
        return
    profile = ctx.profile
    if any(cat.REDACTION.search(syntax.callee_name(n, profile).rsplit(".", 1)[-1])
           for n in llm.call_nodes):
        return  # the module has a redaction step; which value it covers is beyond a pattern
    for call in llm.calls:
        args = call.node.child_by_field_name("arguments")
        if args is None:
            continue
        names = _names_in(args, profile)
        for name in list(names):  # one level through variables: prompt = f"… {user.email}"
            value = llm.names.get(name)
            if value is not None:
                names += _names_in(value, profile)
        hit = next((n for n in names if any(_personal(camel_to_snake(part))
                                             for part in n.split("."))), None)
        if hit is not None:
            ctx.report(rule, call.node, name=hit, api=call.api)


def _personal(name: str) -> bool:
    return bool(cat.PII_NAME.search(name)) and not cat.NOT_PII.search(name)
