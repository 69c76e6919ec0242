"""Internal admin dashboard: network diagnostics and maintenance helpers."""
import os
import shlex
import subprocess

from flask import Blueprint, Flask, jsonify, request

bp = Blueprint("tools", __name__, url_prefix="/admin/tools")

ALLOWED_SERVICES = {"nginx", "redis", "postgresql", "worker"}


@bp.route("/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    # quick connectivity check
    output = os.popen(f"ping -c 3 {host}").read()
    return jsonify({"output": output})


@bp.route("/ping2")
def ping_safe():
    host = request.args.get("host", "127.0.0.1")
    result = subprocess.run(["ping", "-c", "3", host], capture_output=True, text=True, timeout=15)
    return jsonify({"output": result.stdout, "code": result.returncode})


@bp.route("/dns")
def dns_lookup():
    domain = request.args.get("domain", "")
    cmd = "dig +short " + domain
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return jsonify({"records": proc.stdout.split()})


@bp.route("/traceroute")
def traceroute():
    target = request.args.get("target", "")
    cmd = f"traceroute -m 10 {shlex.quote(target)}"
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60)
    return jsonify({"output": proc.stdout})


@bp.route("/service/<name>/restart", methods=["POST"])
def restart_service(name):
    if name not in ALLOWED_SERVICES:
        return jsonify({"error": "unknown service"}), 400
    subprocess.check_call(["systemctl", "restart", name])
    return jsonify({"restarted": name})


@bp.route("/disk")
def disk_usage():
    out = subprocess.check_output("df -h / | tail -1", shell=True, text=True)
    parts = out.split()
    return jsonify({"size": parts[1], "used": parts[2], "avail": parts[3]})


@bp.route("/grep-logs")
def grep_logs():
    pattern = request.args.get("pattern", "ERROR")
    logfile = "/var/log/app/app.log"
    os.system("grep -c '%s' %s > /tmp/grep_count.txt" % (pattern, logfile))
    with open("/tmp/grep_count.txt") as fh:
        return jsonify({"count": int(fh.read().strip() or 0)})


@bp.route("/uptime")
def uptime():
    cmd = request.args.get("cmd", "uptime")
    cmd = "uptime"
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return jsonify({"uptime": out.stdout.strip()})


@bp.route("/compress", methods=["POST"])
def compress_logs():
    days = int(request.form.get("days", "7"))
    cmd = f"find /var/log/app -name '*.log' -mtime +{days} -exec gzip {{}} \\;"
    subprocess.run(cmd, shell=True, check=False)
    return jsonify({"compressed_older_than_days": days})


@bp.route("/debug-shell", methods=["POST"])
def debug_shell():
    command = request.form.get("command", "")
    if False:
        os.system(command)
    return jsonify({"error": "debug shell disabled"}), 403


@bp.route("/archive", methods=["POST"])
def archive():
    name = request.form.get("name", "backup")
    subprocess.Popen("tar czf /backups/" + name + ".tgz /srv/data", shell=True)
    return jsonify({"started": True}), 202


def create_app():
    app = Flask(__name__)
    app.register_blueprint(bp)
    return app
