import ssl

# ruleid: PY408
legacy = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
ctx = ssl.create_default_context()
# ruleid: PY408
ctx.minimum_version = ssl.TLSVersion.TLSv1
# ruleid: PY408
sock = ssl.wrap_socket(raw_socket)
# ruleid: PY408
conn = client.connect(ssl_version=ssl.PROTOCOL_TLSv1_1)
# ok: PY408
NAMES = {ssl.PROTOCOL_TLSv1: "TLS 1.0"}
# ok: PY408
compat = ssl.SSLContext(ssl.PROTOCOL_SSLv23)
# ok: PY408
modern = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
# ok: PY408
ctx.minimum_version = ssl.TLSVersion.TLSv1_2
# ok: PY408
wrapped = ctx.wrap_socket(raw_socket, server_hostname="example.org")
