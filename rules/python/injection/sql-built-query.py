import sqlite3

from sqlalchemy import text


def find_user(conn, name, order):
    cursor = conn.cursor()
    # ruleid: PY104
    cursor.execute(f"SELECT * FROM users WHERE name = '{name}'")
    # ruleid: PY104
    cursor.execute("SELECT * FROM users ORDER BY " + order)
    # ruleid: PY104
    conn.execute("DELETE FROM users WHERE id = %s" % name)
    # ruleid: PY104
    conn.execute(text("SELECT * FROM t WHERE a = '{}'".format(name)))
    # ruleid: PY104
    User.objects.raw(f"SELECT * FROM auth_user WHERE username = '{name}'")
    return cursor.fetchall()


def safe(conn, name):
    cursor = conn.cursor()
    # ok: PY104
    cursor.execute("SELECT * FROM users WHERE name = %s", (name,))
    # ok: PY104
    cursor.execute("SELECT * FROM users WHERE name = ?", [name])
    # ok: PY104
    cursor.execute("SELECT count(*) " "FROM users")
    query = "SELECT 1"
    # ok: PY104
    cursor.execute(query)
    # ok: PY104
    sqlite3.connect(f"{name}.db")


def proven_safe_sql(db, note_id, tag):
    # ok: PY104
    db.execute("DELETE FROM notes WHERE id = {}".format(int(note_id)))
    table = "notes"
    # ok: PY104
    db.execute(f"SELECT * FROM {table}")
    # ruleid: PY104
    db.execute("DELETE FROM notes WHERE id = {}".format(note_id))
    # ruleid: PY104
    db.execute("SELECT id FROM notes WHERE tag = '%s'" % tag)
