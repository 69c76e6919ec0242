import sqlite3

from django.http import HttpResponse
from flask import request

conn = sqlite3.connect("app.db")


def search():
    name = request.args.get("name", "")
    cur = conn.cursor()
    # ruleid: PY152
    cur.execute(f"SELECT * FROM users WHERE name = '{name}'")
    query = "SELECT * FROM users WHERE name = '%s'" % name
    # ruleid: PY152
    cur.execute(query)
    # ok: PY152
    cur.execute("SELECT * FROM users WHERE name = ?", (name,))
    # ok: PY152
    cur.execute("SELECT * FROM users WHERE id = %s" % int(request.args["id"]))
    return cur.fetchall()


def django_view(request):
    order = request.GET.get("order")
    sql = "SELECT * FROM items ORDER BY {}".format(order)
    # ruleid: PY152
    rows = Item.objects.raw(sql)
    # ok: PY152
    rows = Item.objects.raw("SELECT * FROM items WHERE kind = %s", [order])
    return HttpResponse(rows)


class Command:
    def main(self):
        import sys
        # ok: PY152
        return self.execute(sys.argv[1:])


@app.patch("/items/{item_id}/quantity")
def adjust_quantity(item_id: int, delta: int, label: str):
    # ok: PY152
    conn.execute("UPDATE items SET quantity = quantity + %d WHERE id = %d" % (delta, item_id))
    # ok: PY152
    conn.execute(f"UPDATE items SET quantity = {delta} WHERE id = {item_id}")
    # ruleid: PY152
    conn.execute("UPDATE items SET label = '%s' WHERE id = %d" % (label, item_id))
    # ruleid: PY152
    conn.execute(f"UPDATE items SET label = '{label}' WHERE id = {item_id}")


def numeric_only():
    count = request.args.get("count", "")
    # ok: PY152
    conn.execute("SELECT * FROM items LIMIT %d" % count)
    # ruleid: PY152
    conn.execute("SELECT * FROM items LIMIT %s" % count)
