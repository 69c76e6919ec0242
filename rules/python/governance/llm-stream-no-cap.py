from openai import OpenAI
from anthropic import Anthropic
from langchain_openai import ChatOpenAI

client = OpenAI(timeout=30, max_retries=2)
claude = Anthropic(timeout=30, max_retries=2)
llm = ChatOpenAI(model="gpt-4o-2024-08-06", timeout=10, max_retries=2)


def run(messages, question):
    # ruleid: PY953
    client.chat.completions.create(model="gpt-4o-2024-08-06", messages=messages, stream=True)
    # ruleid: PY953
    for chunk in llm.stream(question):
        print(chunk)
    # ok: PY953
    client.chat.completions.create(model="gpt-4o-2024-08-06", messages=messages, stream=True, max_tokens=400)
    # ok: PY953
    with claude.messages.stream(model="claude-3-5-sonnet-20241022", max_tokens=400, messages=messages) as s:
        print(s)
    # ok: PY953
    client.chat.completions.create(model="gpt-4o-2024-08-06", messages=messages, stream=False, max_tokens=5)
