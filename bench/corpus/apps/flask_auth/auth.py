import hashlib
import hmac
import os
import random
import secrets
import string
import time
from functools import wraps
from urllib.parse import urlparse

import bcrypt
import jwt
from flask import Blueprint, current_app, jsonify, redirect, request, session, url_for

from .models import User, db

auth = Blueprint("auth", __name__)

JWT_SECRET = os.environ["JWT_SECRET"]
JWT_ALGORITHM = "HS256"
TOKEN_TTL = 3600


def hash_password(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest()


def legacy_hash(password: str, salt: str) -> str:
    # kept for users migrated from the old PHP site
    return hashlib.sha1((salt + password).encode("utf-8")).hexdigest()


def hash_password_v2(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))


def check_password_v2(password: str, hashed: bytes) -> bool:
    return bcrypt.checkpw(password.encode(), hashed)


def file_checksum(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def gravatar_url(email: str) -> str:
    digest = hashlib.md5(email.strip().lower().encode(), usedforsecurity=False).hexdigest()
    return f"https://www.gravatar.com/avatar/{digest}?d=identicon"


def generate_reset_token(length=32):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))


def generate_api_key():
    return "ak_" + secrets.token_hex(24)


def generate_otp():
    return str(random.randint(100000, 999999))


def shuffle_onboarding_tips(tips):
    random.shuffle(tips)
    return tips[:3]


def make_token(user_id: int) -> str:
    payload = {"sub": str(user_id), "iat": int(time.time()), "exp": int(time.time()) + TOKEN_TTL}
    return jwt.encode(payload, JWT_SECRET, algorithm=JWT_ALGORITHM)


def read_token_claims(token: str) -> dict:
    # we only need the user id here, the gateway already checks tokens
    return jwt.decode(token, options={"verify_signature": False})


def verify_token(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALGORITHM])


def login_required(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return jsonify({"error": "missing token"}), 401
        try:
            claims = verify_token(header[7:])
        except jwt.PyJWTError:
            return jsonify({"error": "invalid token"}), 401
        request.user_id = int(claims["sub"])
        return fn(*args, **kwargs)

    return wrapper


def is_safe_redirect(target: str) -> bool:
    ref = urlparse(request.host_url)
    test = urlparse(target)
    return test.scheme in ("", "http", "https") and (not test.netloc or test.netloc == ref.netloc)


@auth.route("/login", methods=["POST"])
def login():
    email = request.form.get("email", "").lower()
    password = request.form.get("password", "")
    user = User.query.filter_by(email=email).first()
    if user is None or not hmac.compare_digest(user.password_hash, hash_password(password)):
        return jsonify({"error": "invalid credentials"}), 401
    session["user_id"] = user.id
    next_url = request.args.get("next", "/")
    return redirect(next_url)


@auth.route("/sso/callback")
def sso_callback():
    next_url = request.args.get("next", "/")
    if not is_safe_redirect(next_url):
        next_url = url_for("dashboard.home")
    return redirect(next_url)


@auth.route("/logout")
def logout():
    session.clear()
    return redirect(url_for("auth.login_page"))


@auth.route("/password/reset", methods=["POST"])
def request_reset():
    email = request.form.get("email", "").lower()
    user = User.query.filter_by(email=email).first()
    if user:
        user.reset_token = generate_reset_token()
        user.reset_expires = int(time.time()) + 1800
        db.session.commit()
        current_app.logger.info("reset token issued for user %s", user.id)
    return jsonify({"ok": True})


@auth.route("/register", methods=["POST"])
def register():
    email = request.form.get("email", "").lower()
    password = request.form.get("password", "")
    if len(password) < 8:
        return jsonify({"error": "password too short"}), 400
    user = User(email=email, password_hash=hash_password_v2(password).decode())
    user.api_key = generate_api_key()
    db.session.add(user)
    db.session.commit()
    return jsonify({"id": user.id, "token": make_token(user.id)}), 201
