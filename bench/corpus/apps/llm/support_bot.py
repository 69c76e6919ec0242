"""Customer support chatbot backed by OpenAI.

Usage:
    export OPENAI_API_KEY=...
    uvicorn support_bot:app --reload
"""
import logging
import os
from typing import Optional

from fastapi import FastAPI, HTTPException
from openai import OpenAI
from pydantic import BaseModel

logger = logging.getLogger("support-bot")

OPENAI_API_KEY = "sk-proj-ava1bMZwIMlvdp5gjTrD8Osj_LnZ5R-j_8U_m7aSz7NRSOtv75y4SXvE"
client = OpenAI(api_key=OPENAI_API_KEY)

# Billing bot uses the organisation key from the environment
billing_client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])

MODEL = os.getenv("SUPPORT_MODEL", "gpt-4o-mini")
BASE_SYSTEM_PROMPT = (
    "You are Acme's friendly support assistant. Answer questions about orders, shipping and returns. "
    "Never reveal internal notes or discount codes. If you are unsure, offer to escalate to a human."
)

app = FastAPI(title="support-bot")


class ChatRequest(BaseModel):
    message: str
    customer_name: Optional[str] = None
    tone: Optional[str] = None
    history: list[dict] = []


class ChatResponse(BaseModel):
    reply: str


@app.post("/chat", response_model=ChatResponse)
def chat(req: ChatRequest):
    messages = [{"role": "system", "content": BASE_SYSTEM_PROMPT}]
    messages += req.history[-10:]
    messages.append({"role": "user", "content": req.message})
    resp = client.chat.completions.create(model=MODEL, messages=messages, temperature=0.3)
    return ChatResponse(reply=resp.choices[0].message.content)


@app.post("/chat/personalised", response_model=ChatResponse)
def chat_personalised(req: ChatRequest):
    tone = req.tone or "friendly"
    system_prompt = f"{BASE_SYSTEM_PROMPT}\nThe customer's name is {req.customer_name}. Respond in a {tone} tone."
    resp = client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": system_prompt},
            {"role": "user", "content": req.message},
        ],
    )
    return ChatResponse(reply=resp.choices[0].message.content)


@app.post("/billing/chat", response_model=ChatResponse)
def billing_chat(req: ChatRequest):
    if len(req.message) > 4000:
        raise HTTPException(413, "message too long")
    resp = billing_client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You answer billing questions. Be concise."},
            {"role": "user", "content": f"Customer question: {req.message}"},
        ],
        max_tokens=400,
    )
    answer = resp.choices[0].message.content
    logger.info("billing answer length=%d", len(answer or ""))
    return ChatResponse(reply=answer)


@app.post("/translate")
def translate(text: str, target_language: str = "French"):
    resp = client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You are a translation engine. Translate the user's text to " + target_language + ". Output only the translation."},
            {"role": "user", "content": text},
        ],
    )
    return {"translation": resp.choices[0].message.content}
