import sqlite3

from django.contrib.auth.models import User
from flask import request
from werkzeug.security import generate_password_hash

users = {}


def create(username, password):
    c = sqlite3.connect("users.db").cursor()
    # ruleid: PY479
    c.execute("INSERT INTO users (username, password) VALUES ('%s', '%s')" % (username, password))
    # ruleid: PY479
    c.execute("UPDATE users SET password = ? WHERE username = ?", (password, username))
    # ok: PY479
    c.execute("INSERT INTO users (username, password) VALUES (?, ?)",
              (username, generate_password_hash(password)))
    # ok: PY479
    c.execute("INSERT INTO logins (username, at) VALUES (?, ?)", (username, password))


def change(username, password):
    password = generate_password_hash(password)
    c = sqlite3.connect("users.db").cursor()
    # ok: PY479
    c.execute("UPDATE users SET password = ? WHERE username = ?", (password, username))


def register():
    username = request.form.get("username")
    password = request.form.get("password")
    # ruleid: PY479
    users[username] = {"password": password, "role": "user"}
    # ok: PY479
    users[username] = {"password": generate_password_hash(password), "role": "user"}
    # ruleid: PY479
    User.objects.create(username=username, password=password)
    # ok: PY479
    User.objects.create_user(username, password=password)
