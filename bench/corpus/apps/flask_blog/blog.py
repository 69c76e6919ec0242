"""Tiny blog engine: markdown posts, themes and an email preview tool."""
import os
import xml.etree.ElementTree as ET
from datetime import datetime

import markdown
from flask import Flask, abort, jsonify, render_template, render_template_string, request
from jinja2 import Environment, select_autoescape
from markupsafe import escape

app = Flask(__name__)
app.config["DEBUG"] = True
app.config["POSTS_DIR"] = os.environ.get("POSTS_DIR", "posts")

jinja_env = Environment(autoescape=select_autoescape(["html", "xml"]))

EMAIL_LAYOUT = """
<table width="600"><tr><td>
  <h2>{{ subject }}</h2>
  <div>{{ body }}</div>
  <p style="color:#888">You are receiving this because you subscribed to {{ blog_name }}.</p>
</td></tr></table>
"""


def load_post(slug):
    safe_slug = os.path.basename(slug)
    path = os.path.join(app.config["POSTS_DIR"], safe_slug + ".md")
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    meta, _, body = text.partition("\n---\n")
    fields = dict(line.split(":", 1) for line in meta.splitlines() if ":" in line)
    return {
        "slug": safe_slug,
        "title": fields.get("title", safe_slug).strip(),
        "date": fields.get("date", "").strip(),
        "html": markdown.markdown(body, extensions=["fenced_code"]),
    }


@app.route("/")
def home():
    posts = []
    for name in sorted(os.listdir(app.config["POSTS_DIR"]), reverse=True):
        if name.endswith(".md"):
            post = load_post(name[:-3])
            if post:
                posts.append(post)
    return render_template("home.html", posts=posts[:20])


@app.route("/posts/<slug>")
def show_post(slug):
    post = load_post(slug)
    if post is None:
        abort(404)
    return render_template("post.html", post=post)


@app.route("/newsletter/preview", methods=["POST"])
def newsletter_preview():
    subject = request.form.get("subject", "")
    body = request.form.get("body", "")
    return render_template_string(EMAIL_LAYOUT, subject=subject, body=body, blog_name="Dev Notes")


@app.route("/newsletter/custom", methods=["POST"])
def newsletter_custom():
    # power users can paste their own layout
    layout = request.form.get("layout", EMAIL_LAYOUT)
    tmpl = jinja_env.from_string(layout)
    return tmpl.render(subject=request.form.get("subject", ""), body=request.form.get("body", ""), blog_name="Dev Notes")


@app.route("/greeting")
def greeting():
    visitor = request.args.get("visitor", "reader")
    return render_template_string(f"<p>Thanks for reading, {visitor}!</p>")


@app.route("/greeting/v2")
def greeting_v2():
    visitor = request.args.get("visitor", "reader")
    return f"<p>Thanks for reading, {escape(visitor)}!</p>"


@app.route("/import/rss", methods=["POST"])
def import_rss():
    # stdlib ElementTree does not fetch external entities
    root = ET.fromstring(request.get_data())
    items = []
    for item in root.iter("item"):
        items.append({
            "title": item.findtext("title", ""),
            "link": item.findtext("link", ""),
            "date": item.findtext("pubDate", ""),
        })
    return jsonify({"imported": len(items), "items": items[:10]})


@app.route("/api/posts", methods=["POST"])
def create_post():
    data = request.get_json(force=True)
    slug = os.path.basename(data.get("slug", "")).strip() or datetime.utcnow().strftime("%Y%m%d%H%M%S")
    path = os.path.join(app.config["POSTS_DIR"], slug + ".md")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"title: {data.get('title', slug)}\ndate: {datetime.utcnow().date()}\n---\n{data.get('body', '')}")
    return jsonify({"slug": slug}), 201


if __name__ == "__main__":
    app.run()
