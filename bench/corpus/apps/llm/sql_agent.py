"""Natural-language analytics: ask questions about the sales database in plain English."""
import json
import os
import re
import sqlite3
import sys

from openai import OpenAI

client = OpenAI()  # reads OPENAI_API_KEY from the environment
DB_PATH = os.environ.get("SALES_DB", "sales.db")

SCHEMA = """
orders(id INTEGER, customer_id INTEGER, total REAL, status TEXT, created_at TEXT)
customers(id INTEGER, name TEXT, country TEXT, signup_date TEXT)
order_items(order_id INTEGER, sku TEXT, qty INTEGER, unit_price REAL)
"""


def generate_sql(question: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "You translate questions into SQLite SQL. Schema:\n" + SCHEMA + "\nReturn only SQL."},
            {"role": "user", "content": question},
        ],
        temperature=0,
    )
    sql = resp.choices[0].message.content.strip()
    return re.sub(r"^```(?:sql)?|```$", "", sql, flags=re.MULTILINE).strip()


def run_question(question: str):
    conn = sqlite3.connect(DB_PATH)
    sql = generate_sql(question)
    print(f"-- generated SQL:\n{sql}\n")
    cur = conn.execute(sql)
    cols = [d[0] for d in cur.description]
    rows = cur.fetchall()
    conn.close()
    return cols, rows


def lookup_customer(question: str):
    """Extract a customer name with the model, then query with a bound parameter."""
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Extract the customer name from the question. Reply with JSON {\"name\": ...}."},
            {"role": "user", "content": question},
        ],
        response_format={"type": "json_object"},
    )
    name = json.loads(resp.choices[0].message.content)["name"]
    conn = sqlite3.connect(DB_PATH)
    rows = conn.execute("SELECT id, name, country FROM customers WHERE name = ?", (name,)).fetchall()
    conn.close()
    return rows


def top_products(country: str):
    conn = sqlite3.connect(DB_PATH)
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Give a SQL ORDER BY column for ranking products by popularity in {country}. One word."}],
    )
    column = resp.choices[0].message.content.strip()
    query = "SELECT sku, SUM(qty) AS units FROM order_items GROUP BY sku ORDER BY " + column + " DESC LIMIT 10"
    rows = conn.execute(query).fetchall()
    conn.close()
    return rows


def format_table(cols, rows):
    widths = [max(len(str(c)), *(len(str(r[i])) for r in rows)) if rows else len(str(c)) for i, c in enumerate(cols)]
    line = " | ".join(str(c).ljust(w) for c, w in zip(cols, widths))
    out = [line, "-" * len(line)]
    for r in rows:
        out.append(" | ".join(str(v).ljust(w) for v, w in zip(r, widths)))
    return "\n".join(out)


if __name__ == "__main__":
    q = " ".join(sys.argv[1:]) or "What were total sales per country last month?"
    cols, rows = run_question(q)
    print(format_table(cols, rows))
