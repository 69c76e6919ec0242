import ldap
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
    # ruleid: PY160
    session["role"] = request.form["role"]
    # ok: PY160
    session["role"] = "user"
    resp = make_response("ok")
    resp.headers["X-Name"] = request.args["name"]
    resp.headers["X-Name"] = "fixed"
    return resp
