import subprocess
import subprocess as sp
from subprocess import check_output, run as run_cmd


def convert(filename, branch):
    # ruleid: PY102
    subprocess.run(f"convert {filename} out.png", shell=True)
    # ruleid: PY102
    sp.call("git checkout " + branch, shell=True)
    # ruleid: PY102
    check_output("ls %s" % filename, shell=True)
    cmd = "tar czf backup.tgz " + filename
    # ruleid: PY102
    run_cmd(cmd, shell=True, check=True)
    # ruleid: PY102
    subprocess.Popen(
        "echo {}".format(filename),
        shell=True,
    )


def safe(filename):
    # ok: PY102
    subprocess.run(["convert", filename, "out.png"], check=True)
    # ok: PY102
    subprocess.run("ls -la", shell=True)
    # ok: PY102
    subprocess.run(f"convert {filename}", shell=False)
    # ok: PY102
    other.run(f"convert {filename}", shell=True)


def proven_safe_commands(target, days, cmd, mode):
    import shlex
    # ok: PY102
    subprocess.run(f"traceroute -m 10 {shlex.quote(target)}", shell=True)
    quoted = shlex.quote(target)
    # ok: PY102
    subprocess.run("dig +short " + quoted, shell=True)
    n = int(days)
    # ok: PY102
    subprocess.run(f"find /var/log -mtime +{n}", shell=True)
    cmd = "uptime"
    # ok: PY102
    subprocess.run(cmd, shell=True)
    # ruleid: PY102
    subprocess.run(f"traceroute {target}", shell=True)
    if mode:
        target = "localhost"
    # ruleid: PY102
    subprocess.run("ping " + target, shell=True)
    # ruleid: PY102
    subprocess.run(f"ping {shlex.quote(target)} {helper(target)}", shell=True)
