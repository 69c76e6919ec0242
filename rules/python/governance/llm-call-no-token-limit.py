from openai import OpenAI
from anthropic import Anthropic
from langchain_openai import ChatOpenAI
import google.generativeai as genai

client = OpenAI(timeout=30, max_retries=2)
claude = Anthropic(timeout=30, max_retries=2)
capped = ChatOpenAI(model="gpt-4o-2024-08-06", max_tokens=256, timeout=10, max_retries=2)
uncapped = ChatOpenAI(model="gpt-4o-2024-08-06", timeout=10, max_retries=2)
gemini = genai.GenerativeModel("gemini-1.5-pro-002", generation_config={"max_output_tokens": 512})


def run(messages, question):
    # ruleid: PY952
    client.chat.completions.create(model="gpt-4o-2024-08-06", messages=messages)
    # ruleid: PY952
    client.responses.create(model="gpt-4o-2024-08-06", input=question)
    # ruleid: PY952
    uncapped.invoke(question)
    # ok: PY952
    client.chat.completions.create(model="gpt-4o-2024-08-06", messages=messages, max_completion_tokens=500)
    # ok: PY952
    client.responses.create(model="gpt-4o-2024-08-06", input=question, max_output_tokens=500)
    # ok: PY952
    claude.messages.create(model="claude-3-5-sonnet-20241022", max_tokens=500, messages=messages)
    # ok: PY952
    capped.invoke(question)
    # ok: PY952
    gemini.generate_content(question)
    # ok: PY952
    client.chat.completions.create(model="gpt-4o-2024-08-06", messages=messages, stream=True)
    # ok: PY952
    client.files.create(file=open("data.jsonl", "rb"), purpose="batch")
