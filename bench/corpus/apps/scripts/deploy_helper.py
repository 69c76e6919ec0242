#!/usr/bin/env python3
"""Deploy helper: tags a release on GitHub, notifies Slack and warms the cache."""
import argparse
import json
import os
import subprocess
import sys
import urllib.request

import requests

GITHUB_TOKEN = "ghp_Ud7z14cKuuBNf0gmUBUhWRQdIAUDFbxtBets"
SLACK_BOT_TOKEN = os.environ.get("SLACK_BOT_TOKEN", "xoxb-your-token")
REPO = "acme/storefront"
WARMUP_URLS = ["/", "/products", "/api/health"]


def current_commit() -> str:
    return subprocess.check_output(["git", "rev-parse", "HEAD"], text=True).strip()


def changelog_since(tag: str) -> str:
    return os.popen("git log --oneline " + tag + "..HEAD").read()


def create_release(tag: str, notes: str) -> dict:
    r = requests.post(
        f"https://api.github.com/repos/{REPO}/releases",
        headers={"Authorization": f"Bearer {GITHUB_TOKEN}", "Accept": "application/vnd.github+json"},
        json={"tag_name": tag, "name": tag, "body": notes, "target_commitish": current_commit()},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


def notify_slack(channel: str, text: str) -> None:
    if not SLACK_BOT_TOKEN.startswith("xoxb-") or SLACK_BOT_TOKEN == "xoxb-your-token":
        print("slack not configured, skipping")
        return
    req = urllib.request.Request(
        "https://slack.com/api/chat.postMessage",
        data=json.dumps({"channel": channel, "text": text}).encode(),
        headers={"Authorization": f"Bearer {SLACK_BOT_TOKEN}", "Content-Type": "application/json"},
    )
    urllib.request.urlopen(req, timeout=10)


def warm_cache(base_url: str) -> None:
    for path in WARMUP_URLS:
        # staging uses a self-signed certificate
        r = requests.get(base_url.rstrip("/") + path, timeout=20, verify=False)
        print(f"warmup {path}: {r.status_code}")


def main(argv=None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("tag")
    p.add_argument("--since", default="")
    p.add_argument("--base-url", default="https://staging.acme.test")
    p.add_argument("--channel", default="#deploys")
    args = p.parse_args(argv)

    notes = changelog_since(args.since) if args.since else "Initial release"
    release = create_release(args.tag, notes)
    notify_slack(args.channel, f"Released {args.tag}: {release.get('html_url')}")
    warm_cache(args.base_url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
