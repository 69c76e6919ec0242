"""Small RAG service over the internal handbook (Flask + sentence-transformers + OpenAI)."""
import os

import numpy as np
from flask import Flask, render_template_string, request
from markupsafe import Markup, escape
from openai import OpenAI
from sentence_transformers import SentenceTransformer

OPENAI_API_KEY = os.getenv("OPENAI_API_KEY", "your-api-key-here")
client = OpenAI(api_key=OPENAI_API_KEY)

# nomic embeddings need their custom pooling code
embedder = SentenceTransformer("nomic-ai/nomic-embed-text-v1.5", trust_remote_code=True)

app = Flask(__name__)

PAGE = """
<!doctype html>
<title>Handbook search</title>
<form method="get"><input name="q" value="{{ q }}"><button>Ask</button></form>
{% if answer %}<div class="answer">{{ answer }}</div>{% endif %}
<ul>{% for s in sources %}<li>{{ s }}</li>{% endfor %}</ul>
"""

DOCS: list[str] = []
DOC_VECS = None


def load_docs(folder="handbook"):
    global DOC_VECS
    for name in sorted(os.listdir(folder)):
        if name.endswith(".md"):
            with open(os.path.join(folder, name), encoding="utf-8") as fh:
                DOCS.append(fh.read())
    DOC_VECS = embedder.encode(DOCS, normalize_embeddings=True)


def retrieve(query: str, k: int = 4) -> list[str]:
    q = embedder.encode([query], normalize_embeddings=True)[0]
    scores = DOC_VECS @ q
    return [DOCS[i] for i in np.argsort(-scores)[:k]]


def ask(question: str, context: list[str]) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Answer from the handbook excerpts. Use HTML for formatting."},
            {"role": "user", "content": "Excerpts:\n" + "\n---\n".join(context) + f"\n\nQuestion: {question}"},
        ],
    )
    return resp.choices[0].message.content


@app.route("/")
def search():
    q = request.args.get("q", "")
    answer, sources = None, []
    if q:
        sources = retrieve(q)
        answer = Markup(ask(q, sources))
    return render_template_string(PAGE, q=q, answer=answer, sources=[s[:80] for s in sources])


@app.route("/plain")
def search_plain():
    q = request.args.get("q", "")
    answer = ask(q, retrieve(q)) if q else ""
    return "<pre>" + str(escape(answer)) + "</pre>"


if __name__ == "__main__":
    load_docs()
    app.run(port=7000)
