from http.server import BaseHTTPRequestHandler
from urllib.parse import unquote

import ldap
import tornado.web
from flask import Flask, make_response, request, session
from ldap3 import Connection
from lxml import etree

app = Flask(__name__)
conn = Connection("ldap://localhost")
tree = etree.parse("users.xml")


@app.route("/xpath")
def find_user():
    name = request.args["name"]
    tree.xpath(f"//user[name='{name}']")
    tree.xpath("//user[name=$name]", name=name)
    tree.xpath("//user[name='admin']")


@app.route("/ldap")
def ldap_search():
    user = request.args["user"]
    search_filter = "(uid=" + user + ")"
    conn.search("dc=example,dc=org", search_filter)
    conn.search("dc=example,dc=org", "(uid=admin)")
    client = ldap.initialize("ldap://localhost")
    client.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, f"(cn={user})")
    client.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, "(cn=admin)")


@app.route("/login", methods=["POST"])
def login():
    session["role"] = request.form["role"]
    session["role"] = "user"
    resp = make_response("ok")
    # werkzeug's Headers (Flask) raise on CR/LF in a value: the header cannot be split
    # ok: PY161
    resp.headers["X-Name"] = request.args["name"]
    # ok: PY161
    resp.headers["X-Name"] = "fixed"
    return resp


class Redirector(tornado.web.RequestHandler):
    def get(self):
        target = self.get_argument("next")
        # tornado's set_header rejects control characters
        # ok: PY161
        self.set_header("Location", target)


class LegacyHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        name = unquote(self.path.rsplit("/", 1)[-1])
        self.send_response(200)
        # http.server writes the header line as given: a decoded %0d%0a splits it
        # ruleid: PY161
        self.send_header("X-Name", name)
        # ok: PY161
        self.send_header("X-Name", name.replace("\r", "").replace("\n", ""))
        self.end_headers()


def raw_redirect(conn, environ):
    target = request.args["next"]
    # ruleid: PY161
    conn.sendall(f"HTTP/1.1 302 Found\r\nLocation: {target}\r\n\r\n".encode())
    # ok: PY161
    conn.sendall(b"HTTP/1.1 204 No Content\r\n\r\n")
