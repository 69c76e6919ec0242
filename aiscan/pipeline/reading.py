"""Reading a file once and decoding it sensibly, or saying why not."""

from __future__ import annotations

import codecs
import os

from ..engine.languages import language_for
from ..model import Document, Notification

SNIFF = 8192
# Binary files that are secrets in themselves (keystores): read as an empty document so that
# the secret rules can report the file by its name, without ever looking at its bytes.
KEYSTORE_EXTENSIONS = (".p12", ".pfx", ".jks", ".jceks", ".keystore", ".bks", ".pkcs12")


def decode(data: bytes) -> tuple[str, str, str | None]:
    """(text, encoding, problem) — problem is a note for the user when decoding was lossy."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", "replace"), "utf-8-sig", None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace"), "utf-16", None
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as exc:
        return data.decode("utf-8", "replace"), "utf-8", f"invalid UTF-8 at byte {exc.start}; " \
            "undecodable bytes were replaced and the rest was scanned"


def looks_binary(data: bytes) -> bool:
    head = data[:SNIFF]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head


def read_document(abs_path: str, rel: str, max_size: int, notes: list[Notification]) -> Document | None:
    try:
        size = os.path.getsize(abs_path)
        if size > max_size:
            notes.append(Notification(
                f"file is {size:,} bytes, over the {max_size:,}-byte limit; skipped", rel, "note"))
            return None
        with open(abs_path, "rb") as fh:
            data = fh.read(max_size + 1)
    except FileNotFoundError:
        notes.append(Notification("file disappeared before it could be read; skipped", rel, "warning"))
        return None
    except IsADirectoryError:
        notes.append(Notification("is a directory, not a file; skipped", rel, "note"))
        return None
    except OSError as exc:
        notes.append(Notification(f"cannot read file: {exc.strerror or exc}", rel, "warning"))
        return None
    if rel.lower().endswith(KEYSTORE_EXTENSIONS) and looks_binary(data):
        return Document(path=rel, language=None, text="", encoding="binary")
    if looks_binary(data):
        notes.append(Notification("binary content (NUL bytes); skipped", rel, "note"))
        return None
    text, encoding, problem = decode(data)
    if problem:
        notes.append(Notification(problem, rel, "note"))
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    return Document(path=rel, language=language_for(rel), text=text, encoding=encoding)
