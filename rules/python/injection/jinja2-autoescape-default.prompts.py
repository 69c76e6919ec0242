# A module built on an LLM SDK: its Jinja environment renders prompts, not HTML pages, and HTML
# escaping would hand the model `&lt;` for every `<`.
from anthropic import Anthropic
from jinja2 import Environment, FileSystemLoader

# ok: PY260
prompts = Environment(loader=FileSystemLoader("prompts"))


def ask(question: str) -> str:
    text = prompts.get_template("answer.j2").render(question=question)
    reply = Anthropic().messages.create(model="claude-sonnet-4-5", max_tokens=512,
                                        messages=[{"role": "user", "content": text}])
    return reply.content[0].text
