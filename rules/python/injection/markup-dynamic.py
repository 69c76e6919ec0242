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


from flask import render_template
from flask_babel import gettext as _


def notices(user, rows):
    # ok: PY108
    hint = Markup(_("Press <kbd>Enter</kbd> to send"))
    message = _("Your export is ready.")
    # ok: PY108
    ready = Markup(message)
    # ok: PY108
    named = Markup(_("Signed in as %(name)s", name=escape(user.name)))
    # ruleid: PY108
    raw_named = Markup(_("Signed in as %(name)s", name=user.name))
    # ruleid: PY108
    translated_input = Markup(_(user.motd))
    # ok: PY108
    table = Markup(render_template("rows.html", rows=rows))
    # ok: PY108
    line = Markup(escape(user.name) + "<br>")
    # ok: PY108
    link = Markup(f'<a href="/u/{escape(user.id)}">{escape(user.name)}</a>')
    # ruleid: PY108
    raw_link = Markup(f'<a href="/u/{escape(user.id)}">{user.name}</a>')
    # ruleid: PY108
    raw_line = Markup(user.name + "<br>")
    # ok: PY108
    plain = Markup(user.bio).unescape()
    # ok: PY108
    stripped = Markup(user.bio).striptags()
    # ruleid: PY108
    kept = Markup(user.bio).join(rows)
    return hint, ready, named, raw_named, translated_input, table, line, link, raw_link, \
        raw_line, plain, stripped, kept
