def text_to_sql(llm, cursor, question):
    sql = llm.invoke(f"Write SQL for: {question}").content
    # ruleid: PY612
    cursor.execute(sql)
    # ok: PY612
    cursor.execute("SELECT name FROM products WHERE name = ?", (sql,))
    return cursor.fetchall()
