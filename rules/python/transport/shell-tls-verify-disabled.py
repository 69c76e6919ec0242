import os
import subprocess


def fetch(url):
    # ruleid: PY476
    os.system(f"curl --insecure {url}")
    # ruleid: PY476
    subprocess.run("wget --no-check-certificate -q -O /tmp/x " + url, shell=True)
    # ruleid: PY476
    out = subprocess.check_output(["bash", "-c", "cd /tmp && curl -s -k " + url])
    # ok: PY476
    os.system(f"curl --fail {url}")
    # ok: PY476
    subprocess.run(["curl", "-o", "/tmp/kubeconfig", url])
    # ok: PY476
    note = "use curl without -k, and never pass --insecure"
    return out, note


def usage():
    """Run `curl -k https://localhost:8443/health` to check a self-signed dev server."""
