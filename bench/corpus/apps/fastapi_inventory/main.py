"""Inventory service (FastAPI + SQLAlchemy)."""
import base64
import json
import os
import pickle
from typing import List, Optional

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from pydantic import BaseModel
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

DATABASE_URL = os.getenv("DATABASE_URL", "postgresql://inventory:inventory@localhost:5432/inventory")

engine = create_engine(DATABASE_URL, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, autocommit=False, autoflush=False)

app = FastAPI(title="Inventory API", version="0.3.0")


class Item(BaseModel):
    sku: str
    name: str
    quantity: int = 0
    location: Optional[str] = None
    price_cents: int = 0


class ItemOut(Item):
    id: int


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


@app.get("/items", response_model=List[ItemOut])
def list_items(location: Optional[str] = None, limit: int = Query(50, le=500), db: Session = Depends(get_db)):
    if location:
        rows = db.execute(
            text("SELECT * FROM items WHERE location = :loc ORDER BY name LIMIT :lim"),
            {"loc": location, "lim": limit},
        )
    else:
        rows = db.execute(text("SELECT * FROM items ORDER BY name LIMIT :lim"), {"lim": limit})
    return [dict(r._mapping) for r in rows]


@app.get("/items/search")
def search_items(q: str, order_by: str = "name", db: Session = Depends(get_db)):
    sql = text(f"SELECT id, sku, name, quantity FROM items WHERE name ILIKE '%{q}%' ORDER BY {order_by}")
    rows = db.execute(sql)
    return [dict(r._mapping) for r in rows]


@app.get("/items/{item_id}", response_model=ItemOut)
def get_item(item_id: int, db: Session = Depends(get_db)):
    row = db.execute(text("SELECT * FROM items WHERE id = :id"), {"id": item_id}).first()
    if row is None:
        raise HTTPException(status_code=404, detail="Item not found")
    return dict(row._mapping)


@app.post("/items", response_model=ItemOut, status_code=201)
def create_item(item: Item, db: Session = Depends(get_db)):
    row = db.execute(
        text(
            "INSERT INTO items (sku, name, quantity, location, price_cents) "
            "VALUES (:sku, :name, :quantity, :location, :price_cents) RETURNING *"
        ),
        item.dict(),
    ).first()
    db.commit()
    return dict(row._mapping)


@app.patch("/items/{item_id}/quantity")
def adjust_quantity(item_id: int, delta: int, db: Session = Depends(get_db)):
    db.execute(text("UPDATE items SET quantity = quantity + %d WHERE id = %d" % (delta, item_id)))
    db.commit()
    return {"ok": True}


@app.get("/reports/low-stock")
def low_stock(threshold: str = "5", db: Session = Depends(get_db)):
    query = "SELECT sku, name, quantity FROM items WHERE quantity < " + threshold
    rows = db.execute(text(query))
    return [dict(r._mapping) for r in rows]


@app.post("/cart/restore")
async def restore_cart(request: Request):
    # the frontend stores the cart as a base64 blob in localStorage
    body = await request.body()
    cart = pickle.loads(base64.b64decode(body))
    return {"items": cart.get("items", []), "restored": True}


@app.post("/cart/restore/v2")
async def restore_cart_v2(request: Request):
    body = await request.body()
    cart = json.loads(base64.b64decode(body))
    return {"items": cart.get("items", []), "restored": True}


def load_cache(path: str = "/var/cache/inventory/snapshot.pkl"):
    # written by our own nightly job
    with open(path, "rb") as fh:
        return pickle.load(fh)


@app.get("/healthz")
def healthz(db: Session = Depends(get_db)):
    db.execute(text("SELECT 1"))
    return {"status": "ok"}
