import subprocess
from subprocess import check_output


def status():
    # ruleid: PY105
    subprocess.run("git status --short", shell=True, check=True)
    # ruleid: PY105
    out = check_output("ls -la | wc -l", shell=True)
    return out


def safe(branch):
    # ok: PY105
    subprocess.run(["git", "status", "--short"], check=True)
    # ok: PY105
    subprocess.run("git status", shell=False)
    # ok: PY105
    subprocess.run(f"git checkout {branch}", shell=True)
    # ok: PY105
    subprocess.run(branch, shell=True)
