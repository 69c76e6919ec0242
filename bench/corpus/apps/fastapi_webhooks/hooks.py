"""Webhook fan-out: customers register callback URLs, we POST events to them."""
import hashlib
import hmac
import json
import logging
import os
import time
import uuid

import boto3
import httpx
from fastapi import FastAPI, Header, HTTPException, Request
from pydantic import BaseModel, HttpUrl

logger = logging.getLogger("webhooks")
app = FastAPI(title="webhooks")

AWS_ACCESS_KEY_ID = "AKIAXIUWP7317BD9G2LB"
AWS_SECRET_ACCESS_KEY = "eJg1Kza5KxxGWfvmaQtKnP/VSGVBrYSuIb9OZiFZ"
AWS_REGION = "us-east-1"
EVENTS_BUCKET = "acme-webhook-events"
SIGNING_SECRET = os.environ.get("WEBHOOK_SIGNING_SECRET", "")

s3 = boto3.client(
    "s3",
    region_name=AWS_REGION,
    aws_access_key_id=AWS_ACCESS_KEY_ID,
    aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
)

subscriptions: dict[str, dict] = {}


class Subscription(BaseModel):
    callback_url: HttpUrl
    events: list[str]


class Event(BaseModel):
    type: str
    payload: dict


def sign(body: bytes) -> str:
    return hmac.new(SIGNING_SECRET.encode(), body, hashlib.sha256).hexdigest()


@app.post("/subscriptions", status_code=201)
def subscribe(sub: Subscription):
    sub_id = str(uuid.uuid4())
    subscriptions[sub_id] = {"url": str(sub.callback_url), "events": sub.events, "created": time.time()}
    return {"id": sub_id}


@app.post("/subscriptions/{sub_id}/test")
async def test_subscription(sub_id: str):
    sub = subscriptions.get(sub_id)
    if not sub:
        raise HTTPException(404, "unknown subscription")
    body = json.dumps({"type": "ping", "ts": int(time.time())}).encode()
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.post(sub["url"], content=body, headers={"X-Signature": sign(body)})
    return {"status": r.status_code}


@app.post("/events")
async def publish(event: Event):
    body = json.dumps(event.dict()).encode()
    s3.put_object(Bucket=EVENTS_BUCKET, Key=f"{event.type}/{uuid.uuid4()}.json", Body=body)
    delivered = 0
    async with httpx.AsyncClient(timeout=5) as client:
        for sub in subscriptions.values():
            if event.type not in sub["events"]:
                continue
            try:
                await client.post(sub["url"], content=body, headers={"X-Signature": sign(body)})
                delivered += 1
            except httpx.HTTPError as exc:
                logger.warning("delivery to %s failed: %s", sub["url"], exc)
    return {"delivered": delivered}


@app.post("/inbound/{provider}")
async def inbound(provider: str, request: Request, x_signature: str = Header("")):
    body = await request.body()
    expected = sign(body)
    if not hmac.compare_digest(expected, x_signature):
        raise HTTPException(401, "bad signature")
    logger.info("inbound event from %s (%d bytes)", provider, len(body))
    return {"ok": True}


@app.get("/fetch-schema")
def fetch_schema(url: str):
    r = httpx.get(url, timeout=5, verify=False)
    return r.json()
