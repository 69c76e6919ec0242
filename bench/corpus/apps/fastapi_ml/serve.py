"""Model serving API: sentiment + custom checkpoints uploaded by the research team."""
import os
from pathlib import Path

import torch
import yaml
from fastapi import FastAPI, File, HTTPException, UploadFile
from pydantic import BaseModel
from transformers import AutoModel, AutoModelForSequenceClassification, AutoTokenizer

MODEL_NAME = os.getenv("MODEL_NAME", "distilbert-base-uncased-finetuned-sst-2-english")
MODEL_REVISION = os.getenv("MODEL_REVISION", "714eb0fa89d2f80546fda750413ed43d93601a13")
CHECKPOINT_DIR = Path(os.getenv("CHECKPOINT_DIR", "/models/checkpoints"))
CONFIG_PATH = Path(__file__).with_name("serving.yaml")

app = FastAPI(title="ml-serve")

tokenizer = AutoTokenizer.from_pretrained(MODEL_NAME, revision=MODEL_REVISION)
model = AutoModelForSequenceClassification.from_pretrained(MODEL_NAME, revision=MODEL_REVISION)
model.eval()


def load_config():
    with open(CONFIG_PATH) as fh:
        return yaml.safe_load(fh)


CONFIG = load_config()


class PredictRequest(BaseModel):
    texts: list[str]


class LoadRequest(BaseModel):
    repo_id: str
    revision: str = "main"


@app.post("/predict")
def predict(req: PredictRequest):
    if len(req.texts) > CONFIG.get("max_batch", 32):
        raise HTTPException(400, "batch too large")
    inputs = tokenizer(req.texts, padding=True, truncation=True, return_tensors="pt")
    with torch.no_grad():
        logits = model(**inputs).logits
    probs = torch.softmax(logits, dim=-1).tolist()
    labels = model.config.id2label
    return [{labels[i]: round(p, 4) for i, p in enumerate(row)} for row in probs]


@app.post("/checkpoints/upload")
async def upload_checkpoint(file: UploadFile = File(...)):
    dest = CHECKPOINT_DIR / Path(file.filename).name
    dest.write_bytes(await file.read())
    state = torch.load(dest, map_location="cpu")
    return {"saved": dest.name, "tensors": len(state)}


@app.get("/checkpoints/{name}/info")
def checkpoint_info(name: str):
    path = CHECKPOINT_DIR / Path(name).name
    if not path.exists():
        raise HTTPException(404, "no such checkpoint")
    state = torch.load(path, map_location="cpu", weights_only=True)
    return {"name": path.name, "keys": list(state)[:50]}


@app.post("/experiments/config")
async def upload_experiment_config(file: UploadFile = File(...)):
    raw = await file.read()
    cfg = yaml.load(raw, Loader=yaml.Loader)
    return {"name": cfg.get("name"), "params": cfg.get("params", {})}


@app.post("/models/load")
def load_remote_model(req: LoadRequest):
    global model
    # some community models ship custom modeling code
    model = AutoModel.from_pretrained(req.repo_id, revision=req.revision, trust_remote_code=True)
    return {"loaded": req.repo_id}


@app.get("/health")
def health():
    return {"model": MODEL_NAME, "device": "cuda" if torch.cuda.is_available() else "cpu"}
