#!/usr/bin/env python3
"""Nightly backup: dump Postgres, tar the uploads folder and push both to S3."""
import datetime as dt
import logging
import os
import shlex
import subprocess
import sys
import tarfile
import tempfile

import boto3

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("backup")

BUCKET = os.environ.get("BACKUP_BUCKET", "acme-backups")
UPLOADS = os.environ.get("UPLOADS_DIR", "/srv/uploads")
DB_NAME = os.environ.get("PGDATABASE", "app")
STAGING = "/var/backups/staging"


def run(cmd: list[str]) -> None:
    log.info("running: %s", " ".join(shlex.quote(c) for c in cmd))
    subprocess.run(cmd, check=True)


def dump_database(target_dir: str) -> str:
    stamp = dt.datetime.utcnow().strftime("%Y%m%d-%H%M%S")
    out = os.path.join(target_dir, f"{DB_NAME}-{stamp}.sql.gz")
    # pg_dump | gzip needs a shell pipeline
    subprocess.run(f"pg_dump {shlex.quote(DB_NAME)} | gzip > {shlex.quote(out)}", shell=True, check=True)
    return out


def archive_uploads(target_dir: str) -> str:
    out = os.path.join(target_dir, "uploads.tar.gz")
    with tarfile.open(out, "w:gz") as tar:
        tar.add(UPLOADS, arcname="uploads")
    return out


def restore_archive(archive_path: str, dest: str) -> None:
    with tarfile.open(archive_path) as tar:
        tar.extractall(dest, filter="data")


def prepare_staging() -> str:
    os.makedirs(STAGING, exist_ok=True)
    os.chmod(STAGING, 0o700)
    return tempfile.mkdtemp(prefix="backup-", dir=STAGING)


def write_manifest(files: list[str]) -> str:
    manifest = tempfile.mktemp(prefix="manifest-", suffix=".txt")
    with open(manifest, "w") as fh:
        for f in files:
            fh.write(f"{os.path.basename(f)} {os.path.getsize(f)}\n")
    os.chmod(manifest, 0o777)
    return manifest


def upload(files: list[str]) -> None:
    s3 = boto3.client("s3")
    prefix = dt.date.today().isoformat()
    for path in files:
        key = f"{prefix}/{os.path.basename(path)}"
        log.info("uploading %s to s3://%s/%s", path, BUCKET, key)
        s3.upload_file(path, BUCKET, key)


def prune(days: int = 14) -> None:
    cutoff = dt.datetime.utcnow() - dt.timedelta(days=days)
    for name in os.listdir(STAGING):
        full = os.path.join(STAGING, name)
        if dt.datetime.utcfromtimestamp(os.path.getmtime(full)) < cutoff:
            run(["rm", "-rf", full])


def main() -> int:
    workdir = prepare_staging()
    try:
        files = [dump_database(workdir), archive_uploads(workdir)]
        files.append(write_manifest(files))
        upload(files)
        prune()
    except subprocess.CalledProcessError as exc:
        log.error("backup failed: %s", exc)
        return 1
    log.info("backup complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
