import ldap
from ldap.filter import filter_format


def lookup(conn, c3, username):
    # ruleid: PY110
    a = conn.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, f"(uid={username})")
    # ruleid: PY110
    b = c3.search("dc=example,dc=org", "(&(objectClass=person)(cn=" + username + "))")
    # ok: PY110
    c = conn.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, filter_format("(uid=%s)", [username]))
    # ok: PY110
    d = c3.search("dc=example,dc=org", "(objectClass=person)")
    # ok: PY110
    e = index.search(f"title:{username}", 10)
    return a, b, c, d, e
