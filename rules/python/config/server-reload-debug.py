import os

import uvicorn
from fastapi import FastAPI

# ruleid: PY504
app = FastAPI(debug=True)
# ok: PY504
api = FastAPI(title="orders")

if __name__ == "__main__":
    # ruleid: PY504
    uvicorn.run("main:app", reload=True)
    # ok: PY504
    uvicorn.run("main:app", reload=os.environ.get("DEV") == "1")
    # ok: PY504
    uvicorn.run(app, port=8000)
