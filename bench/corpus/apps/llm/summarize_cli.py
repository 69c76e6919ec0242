#!/usr/bin/env python3
"""Summarise a folder of meeting transcripts with an LLM and cache the results.

Example:
    OPENAI_API_KEY=... python summarize_cli.py transcripts/ --out summaries/
"""
import argparse
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path

from openai import OpenAI, RateLimitError

CACHE_DIR = Path(os.path.expanduser("~/.cache/summarize"))
DEFAULT_MODEL = "gpt-4o-mini"
PROMPT_TEMPLATE = """Summarise the following meeting transcript.
Return:
- 3-5 bullet points with decisions
- a list of action items with owners

Transcript:
{transcript}
"""


def cache_key(text: str, model: str) -> str:
    return hashlib.md5(f"{model}:{text}".encode("utf-8")).hexdigest()


def load_cached(key: str):
    path = CACHE_DIR / f"{key}.json"
    if path.exists():
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    return None


def save_cached(key: str, value: dict) -> None:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with open(CACHE_DIR / f"{key}.json", "w", encoding="utf-8") as fh:
        json.dump(value, fh, indent=2)


def with_backoff(fn, retries=5):
    for attempt in range(retries):
        try:
            return fn()
        except RateLimitError:
            delay = (2 ** attempt) + random.uniform(0, 1)
            print(f"rate limited, retrying in {delay:.1f}s", file=sys.stderr)
            time.sleep(delay)
    raise RuntimeError("gave up after repeated rate limits")


def summarise(client: OpenAI, text: str, model: str) -> dict:
    key = cache_key(text, model)
    cached = load_cached(key)
    if cached:
        return cached
    resp = with_backoff(
        lambda: client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": "You are a precise meeting assistant."},
                {"role": "user", "content": PROMPT_TEMPLATE.format(transcript=text[:60000])},
            ],
            temperature=0.2,
        )
    )
    result = {"summary": resp.choices[0].message.content, "model": model, "ts": int(time.time())}
    save_cached(key, result)
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--out", type=Path, default=Path("summaries"))
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--sample", type=int, default=0, help="only summarise N random files")
    args = parser.parse_args(argv)

    api_key = os.environ.get("OPENAI_API_KEY")
    if not api_key:
        parser.error("OPENAI_API_KEY is not set")
    client = OpenAI(api_key=api_key)

    files = sorted(p for p in args.folder.glob("*.txt"))
    if args.sample:
        files = random.sample(files, min(args.sample, len(files)))
    args.out.mkdir(parents=True, exist_ok=True)
    for path in files:
        text = path.read_text(encoding="utf-8")
        result = summarise(client, text, args.model)
        out_path = args.out / (path.stem + ".md")
        out_path.write_text(result["summary"], encoding="utf-8")
        print(f"{path.name} -> {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
