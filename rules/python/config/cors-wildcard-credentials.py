from fastapi.middleware.cors import CORSMiddleware
from flask_cors import CORS

# ruleid: PY506
CORS(app, supports_credentials=True)
# ruleid: PY506
CORS(app, origins="*", supports_credentials=True)
# ruleid: PY506
api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)
# ok: PY506
CORS(app, origins=["https://app.example.com"], supports_credentials=True)
# ok: PY506
api.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)
# ok: PY506
CORS(app, origins="*")

CORS_ALLOW_ALL_ORIGINS = True
# ruleid: PY506
CORS_ALLOW_CREDENTIALS = True

api.add_middleware(
    CORSMiddleware,
    # ruleid: PY506
    allow_origins=["*"],
    allow_credentials=True,
)
api.add_middleware(
    CORSMiddleware,
    # ok: PY506
    allow_origins=["https://app.example.com"],
    allow_credentials=True,
)
