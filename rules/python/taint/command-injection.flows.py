"""Flows across statements, functions, fields and containers (PY150 as the witness sink)."""
import base64
import os
import subprocess

from flask import Flask, request

app = Flask(__name__)


def run_tool(cmd):
    # ruleid: PY150
    os.system(cmd)


def run_fixed(cmd):
    # ok: PY150
    os.system("uptime")


def shell_quoted(arg):
    import shlex
    return "ls " + shlex.quote(arg)


def identity(value):
    return value.strip()


def constant(value):
    return "status"


@app.route("/helpers")
def helpers():
    host = request.args["host"]
    run_tool("ping -c 1 " + host)
    run_fixed(host)
    cmd = identity(host)
    # ruleid: PY150
    os.system("echo " + cmd)
    other = constant(host)
    # ok: PY150
    os.system("echo " + other)
    # ok: PY150
    os.system(shell_quoted(host))


def later_helper_caller():
    value = late_helper(request.args["v"])
    # ruleid: PY150
    os.system(value)


def late_helper(text):
    return f"echo {text}"


class Job:
    def run(self):
        # ruleid: PY150
        os.system("echo " + self.target)
        # ok: PY150
        os.system("echo " + self.label)

    def load(self):
        self.target = request.args["target"]
        self.label = "fixed"


@app.route("/containers")
def containers():
    param = request.args["p"]
    items = []
    items.append("safe")
    items.append(param)
    items.append("moresafe")
    items.pop(0)
    # ok: PY150
    os.system("echo " + items[1])
    # ruleid: PY150
    os.system("echo " + items[0])
    opts = {"a": "ls", "b": param}
    # ok: PY150
    os.system(opts["a"])
    # ruleid: PY150
    os.system(opts.get("b"))
    # ok: PY150
    os.system(opts.get("c", "ls"))


@app.route("/transforms")
def transforms():
    data = request.args["d"]
    encoded = base64.b64encode(data.encode())
    decoded = base64.b64decode(encoded).decode()
    # ruleid: PY150
    os.system(decoded)
    # ruleid: PY150
    os.system(data[2:10])
    # ruleid: PY150
    os.system("echo {}".format(data.replace("'", "")))
    # ruleid: PY150
    os.system(" ".join(["echo", data]))
    # ruleid: PY150
    os.system(f"echo {data}")


@app.route("/dead")
def dead():
    value = request.args["v"]
    if 7 * 42 - 86 > 200:
        bar = "fixed"
    else:
        bar = value
    # ok: PY150
    os.system("echo " + bar)
    if 7 * 42 - 86 < 200:
        other = "fixed"
    else:
        other = value
    # ruleid: PY150
    os.system("echo " + other)


@app.route("/argv")
def argv_program():
    tool = request.args["tool"]
    # ruleid: PY150
    subprocess.run([tool, "--version"])
    # ok: PY150
    subprocess.run(["git", "log", tool])
