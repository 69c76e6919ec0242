from django.utils.safestring import mark_safe
from markupsafe import Markup, escape


def bio(user):
    # ruleid: PY108
    a = Markup(f"<b>{user.bio}</b>")
    # ruleid: PY108
    b = mark_safe(user.signature)
    # ok: PY108
    c = Markup("<b>{}</b>").format(user.bio)
    # ok: PY108
    d = mark_safe("<br>")
    # ok: PY108
    e = escape(user.bio)
    return a, b, c, d, e


def indent_lines(text, width, user):
    newline = "\n"
    # ok: PY108
    newline = Markup(newline)
    pad = " " * width
    # ruleid: PY108
    lead = Markup(pad)
    html = "<p>"
    html += user.bio
    # ruleid: PY108
    body = Markup(html)
    label = "<b>"
    if user.admin:
        label = user.title
    # ruleid: PY108
    head = Markup(label)
    return newline, lead, body, head
