import random
import secrets
import string
from random import randint


def make_tokens(user):
    # ruleid: PY301
    reset_token = "".join(random.choices(string.ascii_letters, k=32))
    # ruleid: PY301
    otp = randint(100000, 999999)
    # ruleid: PY301
    user.api_key = "%x" % random.getrandbits(128)
    # ruleid: PY301
    session_id: str = str(random.random())
    return reset_token, otp, session_id


def safe(items):
    # ok: PY301
    token = secrets.token_urlsafe(32)
    # ok: PY301
    sample = random.choice(items)
    # ok: PY301
    delay = random.uniform(0.1, 0.5)
    return token, sample, delay


def generate_password(length=12):
    # ruleid: PY301
    return "".join(random.choice(string.ascii_letters) for _ in range(length))


def pick_winner(entries):
    # ok: PY301
    return random.choice(entries)


def widgets(ui, user):
    # ok: PY301
    ui.button("Refresh", key=random.random())
    # ruleid: PY301
    ui.login(user, key=str(random.random()))
    # ruleid: PY301
    ui.login(user, key=random.getrandbits(64))
