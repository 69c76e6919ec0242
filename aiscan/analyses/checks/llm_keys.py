"""A model provider's API key written as a string literal into a client constructor."""

from __future__ import annotations

import re

from ...engine import syntax
from ...engine.imports import resolve
from ...redact import entropy
from . import STRINGS, register

KEY_ARGS = frozenset({"api_key", "apiKey", "openai_api_key", "anthropic_api_key",
                      "google_api_key", "groq_api_key", "mistral_api_key", "cohere_api_key"})
# values people leave in examples: not a key, so not worth a finding
PLACEHOLDER = re.compile(r"your|xxx|\.\.\.|<|\{|changeme|example|dummy|placeholder|test|fake",
                         re.I)
MIN_LENGTH = 16
MIN_ENTROPY = 3.0


@register("llm.literal-api-key", node_types=("call", "call_expression", "new_expression"),
          params={"clients": STRINGS})
def literal_api_key(ctx, rule, node) -> None:
    written = syntax.callee_name(node, ctx.profile)
    name = resolve(written, ctx.imports)
    clients = rule.match["params"]["clients"]
    # a default import resolves to the module (`OpenAI` -> `openai`): the written name counts too
    if name.rsplit(".", 1)[-1] not in clients and written.rsplit(".", 1)[-1] not in clients:
        return
    _, keywords = syntax.call_arguments(node, ctx.profile)
    for key, value in keywords.items():
        if key not in KEY_ARGS or value.type not in ctx.profile.string_types:
            continue
        secret = syntax.string_content(value)
        if len(secret) < MIN_LENGTH or PLACEHOLDER.search(secret) or \
                entropy(secret) < MIN_ENTROPY:
            continue
        ctx.report(rule, value, secret=secret, callee=written, keyword=key)
