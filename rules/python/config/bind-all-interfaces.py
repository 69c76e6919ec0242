import os
import socket

import uvicorn

# ruleid: PY507
app.run(host="0.0.0.0", port=5000)
# ruleid: PY507
uvicorn.run("main:app", host="0.0.0.0")
sock = socket.socket()
# ruleid: PY507
sock.bind(("0.0.0.0", 8080))
# ok: PY507
app.run(host="127.0.0.1", port=5000)
# ok: PY507
uvicorn.run("main:app", host=os.environ.get("HOST", "127.0.0.1"))
# ok: PY507
sock.bind(("127.0.0.1", 8080))
