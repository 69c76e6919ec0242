import os
import shlex
import subprocess
import sys

from flask import Flask, abort, request

app = Flask(__name__)
TOOLS = ("lint", "test")


@app.route("/ping")
def ping():
    host = request.args.get("host")
    cmd = "ping -c 1 " + host
    # ruleid: PY150
    os.system(cmd)
    # ruleid: PY150
    subprocess.run(f"nslookup {host}", shell=True)
    # ok: PY150
    os.system("ping -c 1 " + shlex.quote(host))
    # ok: PY150
    subprocess.run(["ping", "-c", "1", host])
    args = ["ping", host]
    # ok: PY150
    subprocess.run(args)
    tool = request.form["tool"]
    # ruleid: PY150
    subprocess.run([tool, "--version"])
    cmd = "uptime"
    # ok: PY150
    os.system(cmd)
    if False:
        # ok: PY150
        os.system(request.args["debug"])
    return "ok"


@app.post("/jobs/<name>")
def job(name):
    # ruleid: PY150
    os.popen("make " + name)
    return "queued"


def cli():
    target = sys.argv[1]
    # ruleid: PY150
    subprocess.check_output("tar xf " + target, shell=True)
    branch = os.environ.get("BRANCH")
    # ruleid: PY150
    os.system(f"git checkout {branch}")
    count = int(input("how many? "))
    # ok: PY150
    os.system(f"seq {count}")
    mode = request.args["mode"]
    if mode in ("fast", "slow"):
        # ok: PY150
        os.system("run --" + mode)


def helper(host):
    # ok: PY150
    os.system("ping " + host)


def find_tool():
    vswhere = os.path.join(os.environ.get("ProgramFiles(x86)", ""), "vswhere.exe")
    # ok: PY150
    return subprocess.check_output([vswhere, "-latest"])


@app.route("/tool")
def tool_guarded():
    name = request.args["name"]
    if name not in TOOLS:
        abort(400)
    # ok: PY150
    os.system("run " + name)
    other = request.args["other"]
    if other not in TOOLS:
        print("unknown tool")
    # ruleid: PY150
    os.system("run " + other)


def build(target):
    return "make " + target


@app.route("/build")
def build_route():
    # ruleid: PY150
    os.system(build(request.args["target"]))


def restart_self():
    # the program re-executes itself with its own command line: no shell, same interpreter
    # ok: PY150
    subprocess.Popen([sys.executable] + sys.argv)
    # ok: PY150
    os.execv(sys.executable, [sys.executable] + sys.argv[1:])
    args = [sys.executable] + sys.argv
    # ok: PY150
    subprocess.Popen(args, env={"CHILD": "1"})
    snippet = sys.argv[1]
    # ruleid: PY150
    subprocess.run([sys.executable, "-c", snippet])
    # ruleid: PY150
    os.execv("/bin/sh", ["sh", "-c", snippet])
    # the user names the program to run on their own command line (like `nohup`, `xargs`):
    # a local-source flow, held back by the default policy and shown with --profile all
    # ruleid: PY150
    os.execvp(sys.argv[1], sys.argv[1:])
    # ruleid: PY150
    os.execvp(request.args["tool"], ["tool", "--help"])
