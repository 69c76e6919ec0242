import os
from openai import OpenAI
from anthropic import Anthropic
from langchain_openai import ChatOpenAI
import litellm

client = OpenAI(timeout=30, max_retries=2)
claude = Anthropic(timeout=30, max_retries=2)
MODEL = "gpt-4o"
PINNED = "gpt-4o-2024-08-06"


def ask(messages):
    # ruleid: PY950
    client.chat.completions.create(model="gpt-4o", messages=messages, max_tokens=100)
    # the same alias again: reported once per file, at its first use
    # ok: PY950
    client.chat.completions.create(model=MODEL, messages=messages, max_tokens=100)
    # ruleid: PY950
    claude.messages.create(model="claude-3-5-sonnet-latest", max_tokens=100, messages=messages)
    # ok: PY950
    client.chat.completions.create(model="gpt-4o-2024-08-06", messages=messages, max_tokens=100)
    # ok: PY950
    client.chat.completions.create(model=PINNED, messages=messages, max_tokens=100)
    # ok: PY950
    claude.messages.create(model="claude-3-5-sonnet-20241022", max_tokens=100, messages=messages)
    # ok: PY950
    client.chat.completions.create(model=os.environ["OPENAI_MODEL"], messages=messages)
    # ruleid: PY950
    litellm.completion(model=os.getenv("LLM_MODEL", "anthropic/claude-3-5-sonnet-latest"), messages=messages)
    # ok: PY950
    litellm.completion(model="gemini/gemini-1.5-pro-002", messages=messages)


# ruleid: PY950
llm = ChatOpenAI(model="gpt-4o-mini", timeout=10, max_retries=2)
# ok: PY950
llm_pinned = ChatOpenAI(model="gpt-4o-mini-2024-07-18", timeout=10, max_retries=2)
# ok: PY950
settings = {"model": "gpt-4o"}


def other(messages):
    # ruleid: PY950
    client.chat.completions.create(model="gpt-4.1", messages=messages, max_tokens=100)
