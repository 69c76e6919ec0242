import bleach
from markupsafe import Markup


def render_answer(client, question):
    resp = client.responses.create(model="gpt-4o", input=question)
    # ruleid: PY613
    return Markup("<div>" + resp.output_text + "</div>")


def render_clean(client, question):
    resp = client.responses.create(model="gpt-4o", input=question)
    # ok: PY613
    return Markup(bleach.clean(resp.output_text))
