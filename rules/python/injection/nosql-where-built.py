def orders(db, user):
    # ruleid: PY112
    a = db.orders.find({"$where": f"this.owner == '{user}'"})
    # ruleid: PY112
    b = db.orders.find({"$where": "this.owner == '" + user + "'"})
    # ok: PY112
    c = db.orders.find({"$where": "this.total > this.limit"})
    # ok: PY112
    d = db.orders.find({"owner": f"{user}"})
    return a, b, c, d
