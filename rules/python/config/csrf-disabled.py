from django.views.decorators import csrf
from django.views.decorators.csrf import csrf_exempt, csrf_protect


# ruleid: PY513
@csrf_exempt
def update_profile(request):
    return None


# ruleid: PY513
@csrf.csrf_exempt
def delete_account(request):
    return None


# ok: PY513
@csrf_protect
def change_email(request):
    return None


# ruleid: PY513
WTF_CSRF_ENABLED = False
# ok: PY513
WTF_CSRF_ENABLED = True
