"""Chat backend for the React widget: conversations stored in Postgres, Claude for replies."""
import os
import uuid
from datetime import datetime, timezone

import anthropic
import psycopg2
import psycopg2.extras
from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

ANTHROPIC_API_KEY = "sk-ant-api03-Um14QhoxhLPAbQcEFUV2fsjGHb6HrlEOS47WgjKCu_0xxKhg5QjWV1mKaUyvBPs0jSO2Jkf08MMF1ulMMCw3XVy27dFanAA"
claude = anthropic.Anthropic(api_key=ANTHROPIC_API_KEY)

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

admin_app = FastAPI()
admin_app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://admin.acme.io"],
    allow_credentials=True,
    allow_methods=["GET", "POST"],
)


def get_conn():
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    try:
        yield conn
    finally:
        conn.close()


class NewMessage(BaseModel):
    conversation_id: str | None = None
    text: str
    product: str = "Acme Cloud"
    user_role: str = "customer"


@app.post("/messages")
def post_message(msg: NewMessage, conn=Depends(get_conn)):
    conv_id = msg.conversation_id or str(uuid.uuid4())
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(
            "SELECT role, content FROM messages WHERE conversation_id = %s ORDER BY created_at", (conv_id,)
        )
        history = [{"role": r["role"], "content": r["content"]} for r in cur.fetchall()]
    history.append({"role": "user", "content": msg.text})
    reply = claude.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=800,
        system=f"You are the support assistant for {msg.product}. The user is a {msg.user_role}; tailor permissions accordingly.",
        messages=history,
    )
    text = reply.content[0].text
    now = datetime.now(timezone.utc)
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO messages (conversation_id, role, content, created_at) VALUES (%s, %s, %s, %s), (%s, %s, %s, %s)",
            (conv_id, "user", msg.text, now, conv_id, "assistant", text, now),
        )
    conn.commit()
    return {"conversation_id": conv_id, "reply": text}


@app.get("/conversations/{conv_id}")
def get_conversation(conv_id: str, conn=Depends(get_conn)):
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(f"SELECT role, content, created_at FROM messages WHERE conversation_id = '{conv_id}' ORDER BY created_at")
        rows = cur.fetchall()
    if not rows:
        raise HTTPException(404, "conversation not found")
    return rows


@app.post("/conversations/{conv_id}/title")
def auto_title(conv_id: str, conn=Depends(get_conn)):
    with conn.cursor() as cur:
        cur.execute("SELECT content FROM messages WHERE conversation_id = %s ORDER BY created_at LIMIT 4", (conv_id,))
        first = "\n".join(r[0] for r in cur.fetchall())
    reply = claude.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=30,
        system="Write a 3-6 word title for this conversation. No quotes.",
        messages=[{"role": "user", "content": first}],
    )
    title = reply.content[0].text.strip()
    with conn.cursor() as cur:
        cur.execute("UPDATE conversations SET title = '%s' WHERE id = '%s'" % (title, conv_id))
    conn.commit()
    return {"title": title}
