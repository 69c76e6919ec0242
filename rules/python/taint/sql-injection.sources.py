"""Request data from each framework reaching an SQL statement (PY152 as the witness sink)."""
import argparse
import sqlite3
import sys
from http.server import BaseHTTPRequestHandler

import bottle
import click
import falcon
import graphene
import tornado.web
from aiohttp import web
from fastapi import FastAPI, UploadFile
from rest_framework.views import APIView

conn = sqlite3.connect("app.db")
api = FastAPI()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        # ruleid: PY152
        conn.execute("SELECT * FROM pages WHERE path = '%s'" % self.path)
        # ruleid: PY152
        conn.execute("SELECT * FROM agents WHERE ua = '%s'" % self.headers["User-Agent"])
        # ok: PY152
        conn.execute("SELECT * FROM pages WHERE path = ?", (self.path,))


class Sniffer:
    """No base class, but `do_POST`: http.server calls it with the request."""

    def do_POST(self):
        # ruleid: PY152
        conn.execute("INSERT INTO log VALUES ('%s')" % self.path)


class ArchiveLoader:
    """`self.path` / `self.headers` of a class that handles no HTTP request are its own."""

    def __init__(self, path, headers):
        self.path = path
        self.headers = headers

    def load(self):
        # ok: PY152
        conn.execute("SELECT * FROM archives WHERE path = '%s'" % self.path)
        # ok: PY152
        conn.execute("SELECT * FROM archives WHERE kind = '%s'" % self.headers["kind"])


async def aio_item(request):
    name = request.match_info["name"]
    # ruleid: PY152
    conn.execute(f"SELECT * FROM items WHERE name = '{name}'")
    form = await request.post()
    # ruleid: PY152
    conn.execute(f"SELECT * FROM items WHERE tag = '{form['tag']}'")
    return web.Response(text="ok")


@api.get("/items/{item_id}")
async def fastapi_item(item_id: str, q: str, file: UploadFile, limit: int = 10):
    # ruleid: PY152
    conn.execute(f"SELECT * FROM items WHERE id = '{item_id}' AND q = '{q}'")
    # ruleid: PY152
    conn.execute(f"INSERT INTO uploads VALUES ('{file.filename}')")
    # ok: PY152
    conn.execute(f"SELECT * FROM items LIMIT {limit}")


class TornadoHandler(tornado.web.RequestHandler):
    def get(self):
        # ruleid: PY152
        conn.execute("SELECT * FROM t WHERE n = '%s'" % self.get_argument("n"))


@bottle.route("/hello")
def bottle_hello():
    # ruleid: PY152
    conn.execute("SELECT * FROM t WHERE n = '%s'" % bottle.request.query.name)


class FalconResource:
    def on_get(self, req, resp):
        # ruleid: PY152
        conn.execute("SELECT * FROM t WHERE n = '%s'" % req.get_param("n"))


class DrfView(APIView):
    def post(self, request):
        # ruleid: PY152
        conn.execute("SELECT * FROM t WHERE n = '%s'" % request.data["n"])


class Mutation(graphene.Mutation):
    def mutate(self, info, title, body=None):
        # ruleid: PY152
        conn.execute(f"INSERT INTO posts VALUES ('{title}')")
        # ok: PY152
        conn.execute(f"SELECT * FROM users WHERE id = '{info.context.user_id}'")


def cli_main():
    # ruleid: PY152
    conn.execute("DELETE FROM t WHERE n = '%s'" % sys.argv[1])
    parser = argparse.ArgumentParser()
    parser.add_argument("--name")
    args = parser.parse_args()
    # ruleid: PY152
    conn.execute(f"SELECT * FROM t WHERE n = '{args.name}'")


@click.command()
@click.option("--table")
def click_main(table):
    # ruleid: PY152
    conn.execute(f"SELECT * FROM {table}")
