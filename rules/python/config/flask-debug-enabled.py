import os
import subprocess

from flask import Flask

app = Flask(__name__)

if __name__ == "__main__":
    # ruleid: PY501
    app.run(host="0.0.0.0", debug=True)

# ok: PY501
app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
# ok: PY501
app.run(debug=False)
# ok: PY501
subprocess.run(["ls"], debug=True)
# ruleid: PY501
app.config["DEBUG"] = True
# ruleid: PY501
app.debug = True
# ok: PY501
app.config["DEBUG"] = False
# ok: PY501
app.config["TESTING"] = True
