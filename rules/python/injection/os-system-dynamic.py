import os
from os import popen


def ping(host):
    # ruleid: PY103
    os.system("ping -c 1 " + host)
    # ruleid: PY103
    out = popen(f"nslookup {host}").read()
    return out


def safe():
    # ok: PY103
    os.system("clear")
    # ok: PY103
    os.path.join("a", "b")


def dead_branch(command):
    if False:
        # ok: PY103
        os.system(command)
    logfile = "/var/log/app.log"
    # ok: PY103
    os.system("grep -c ERROR %s" % logfile)
    # ruleid: PY103
    os.system("grep -c '%s' %s" % (command, logfile))
# ok: PY103
os.system("ls -l" if verbose else "ls")
# ruleid: PY103
os.system("ls -l " + path if verbose else "ls")
