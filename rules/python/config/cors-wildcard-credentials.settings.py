CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
# ok: PY506
CORS_ALLOW_CREDENTIALS = True
