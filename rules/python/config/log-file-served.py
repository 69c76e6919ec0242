from django.http import FileResponse
from django.shortcuts import render
from flask import send_file, send_from_directory


def debug(request):
    # ruleid: PY477
    response = render(request, "lab/debug.log")
    response["Content-Type"] = "text/plain"
    return response


def download_log():
    # ruleid: PY477
    return send_file("logs/app.log", mimetype="text/plain")


def raw_log():
    # ruleid: PY477
    return FileResponse(open("/var/log/app/access.log", "rb"))


def folder_log():
    # ruleid: PY477
    return send_from_directory("logs", "server.log")


def page(request):
    # ok: PY477
    return render(request, "lab/catalog.html", {"title": "log"})


def report():
    # ok: PY477
    return send_file("reports/changelog.pdf")


def favicon():
    # ok: PY477
    return send_from_directory("static", "logo.png")
