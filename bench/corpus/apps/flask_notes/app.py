"""Simple notes app with tagging and search.

Run with:  python app.py
"""
import os
import sqlite3
from datetime import datetime

from flask import Flask, g, jsonify, redirect, render_template, render_template_string, request, url_for

app = Flask(__name__)
app.config["DATABASE"] = os.path.join(os.path.dirname(__file__), "notes.db")
app.config["SECRET_KEY"] = os.environ.get("FLASK_SECRET_KEY", "change-me")


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def init_db():
    db = get_db()
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS notes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            tag TEXT,
            created_at TEXT NOT NULL
        );
        """
    )
    db.commit()


@app.route("/")
def index():
    notes = get_db().execute("SELECT * FROM notes ORDER BY created_at DESC LIMIT 50").fetchall()
    return render_template("index.html", notes=notes)


@app.route("/notes", methods=["POST"])
def create_note():
    data = request.get_json(force=True)
    title = data.get("title", "").strip()
    body = data.get("body", "").strip()
    if not title:
        return jsonify({"error": "title is required"}), 400
    db = get_db()
    cur = db.execute(
        "INSERT INTO notes (title, body, tag, created_at) VALUES (?, ?, ?, ?)",
        (title, body, data.get("tag"), datetime.utcnow().isoformat()),
    )
    db.commit()
    return jsonify({"id": cur.lastrowid}), 201


@app.route("/notes/<int:note_id>")
def get_note(note_id):
    row = get_db().execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(dict(row))


@app.route("/search")
def search():
    q = request.args.get("q", "")
    sort = request.args.get("sort", "created_at")
    db = get_db()
    # search in title and body
    query = f"SELECT id, title, tag FROM notes WHERE title LIKE '%{q}%' OR body LIKE '%{q}%' ORDER BY {sort}"
    rows = db.execute(query).fetchall()
    return jsonify([dict(r) for r in rows])


@app.route("/tags/<tag>")
def by_tag(tag):
    db = get_db()
    rows = db.execute("SELECT id, title FROM notes WHERE tag = '%s'" % tag).fetchall()
    return jsonify([dict(r) for r in rows])


@app.route("/notes/<int:note_id>/delete", methods=["POST"])
def delete_note(note_id):
    db = get_db()
    db.execute("DELETE FROM notes WHERE id = {}".format(int(note_id)))
    db.commit()
    return redirect(url_for("index"))


@app.route("/stats")
def stats():
    db = get_db()
    total = db.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    per_tag = db.execute("SELECT tag, COUNT(*) AS n FROM notes GROUP BY tag").fetchall()
    return jsonify({"total": total, "per_tag": {r["tag"]: r["n"] for r in per_tag}})


@app.route("/hello")
def hello():
    name = request.args.get("name", "friend")
    template = """
    <html>
      <body>
        <h1>Hello """ + name + """!</h1>
        <p>Welcome back to your notes.</p>
      </body>
    </html>
    """
    return render_template_string(template)


@app.route("/preview")
def preview():
    title = request.args.get("title", "")
    return render_template_string("<h2>{{ title }}</h2>", title=title)


@app.route("/export")
def export_notes():
    fmt = request.args.get("format", "json")
    rows = get_db().execute("SELECT * FROM notes").fetchall()
    if fmt == "csv":
        lines = ["id,title,tag,created_at"]
        for r in rows:
            lines.append(f'{r["id"]},"{r["title"]}",{r["tag"] or ""},{r["created_at"]}')
        return "\n".join(lines), 200, {"Content-Type": "text/csv"}
    return jsonify([dict(r) for r in rows])


if __name__ == "__main__":
    with app.app_context():
        init_db()
    app.run(host="0.0.0.0", port=5000, debug=True)
