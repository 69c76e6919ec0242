import os

# ruleid: PY503
DEBUG = True
# ok: PY503
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
# ok: PY503
TEMPLATE_DEBUG = False
# ok: PY503
DEBUG_TOOLBAR = True

ROOT_URLCONF = "mysite.urls"
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth"]
