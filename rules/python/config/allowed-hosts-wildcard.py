import os

# ruleid: PY511
ALLOWED_HOSTS = ["*"]
# ok: PY511
ALLOWED_HOSTS = ["app.example.com", ".example.com"]
# ok: PY511
ALLOWED_HOSTS = os.environ["DJANGO_ALLOWED_HOSTS"].split(",")
