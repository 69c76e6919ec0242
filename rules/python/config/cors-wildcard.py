from fastapi.middleware.cors import CORSMiddleware
from flask_cors import CORS

# ruleid: PY505
CORS(app, origins="*")
# ruleid: PY505
api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"])
# ruleid: PY505
CORS_ALLOW_ALL_ORIGINS = True
# ruleid: PY505
CORS(app)
# ok: PY505
CORS(app, resources={r"/api/*": {"origins": "https://app.example.com"}})


def handler(response):
    # ruleid: PY505
    response.headers["Access-Control-Allow-Origin"] = "*"
    # ok: PY505
    response.headers["Access-Control-Allow-Origin"] = "https://app.example.com"
    # ok: PY505
    response.headers["X-Frame-Options"] = "*"
    return response


# ok: PY505
CORS(app, origins=["https://app.example.com"])
# ok: PY505
api.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"])
# ok: PY505
CORS_ALLOW_ALL_ORIGINS = False
