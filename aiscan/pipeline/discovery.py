"""Which files a scan reads: gitignore-aware, vendored and build trees skipped, binaries and
lock files left out, and never a symlink that leads out of the scan root."""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Notification

SKIP_DIRS = frozenset({
    ".git", ".hg", ".svn", "node_modules", "bower_components", "__pycache__", ".venv", "venv",
    ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".aiscan_cache", "site-packages",
    ".eggs", "dist", "build", "vendor", "third_party", ".next", ".nuxt", ".cache", "coverage",
    ".terraform", ".idea", ".gradle", "target",
})

LOCK_FILES = frozenset({
    "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "poetry.lock",
    "Pipfile.lock", "uv.lock", "pdm.lock", "Cargo.lock", "go.sum", "composer.lock", "Gemfile.lock",
    "bun.lockb", "packages.lock.json",
})

BINARY_EXTENSIONS = frozenset("""
.png .jpg .jpeg .gif .bmp .ico .webp .tiff .psd .svgz .pdf .zip .gz .tgz .bz2 .xz .7z .rar .tar
.jar .war .ear .class .pyc .pyo .pyd .so .dylib .dll .exe .bin .o .a .lib .obj .wasm .woff .woff2
.ttf .otf .eot .mp3 .mp4 .wav .ogg .flac .avi .mov .mkv .webm .sqlite .db .pkl .pickle .npy .npz
.pt .pth .onnx .h5 .safetensors .parquet .arrow .whl .egg .dmg .iso .img .min.map .map
""".split())


@dataclass
class SourceFile:
    path: str  # absolute
    rel: str  # relative to the scan root, forward slashes


@dataclass
class Discovery:
    files: list[SourceFile] = field(default_factory=list)
    notifications: list[Notification] = field(default_factory=list)
    skipped: int = 0  # files named on the command line and left out (binary, lock file)


def _gitignore(directory: str):
    path = os.path.join(directory, ".gitignore")
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return None
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


def is_binary_name(name: str) -> bool:
    lower = name.lower()
    dot = lower.rfind(".")
    return dot != -1 and (lower[dot:] in BINARY_EXTENSIONS or lower.endswith(".min.map"))


def _matches_any(rel: str, patterns) -> bool:
    name = rel.rsplit("/", 1)[-1]
    for pat in patterns:
        p = pat.rstrip("/")
        if fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p) or rel.startswith(p + "/") \
                or fnmatch.fnmatch(rel, p + "/*"):
            return True
    return False


def _inside(path: str, root_real: str) -> bool:
    real = os.path.realpath(path)
    return real == root_real or real.startswith(root_real.rstrip(os.sep) + os.sep)


def discover(targets, root: str, exclude=(), use_gitignore: bool = True) -> Discovery:
    """Files under `targets` (files or directories), with paths relative to `root`."""
    out = Discovery()
    seen: set[str] = set()
    root_real = os.path.realpath(root)

    def rel_of(path: str) -> str:
        rel = os.path.relpath(path, root)
        return rel.replace(os.sep, "/")

    def add(path: str) -> None:
        rel = rel_of(path)
        if rel not in seen:
            seen.add(rel)
            out.files.append(SourceFile(os.path.abspath(path), rel))

    for target in targets:
        target = os.fspath(target)
        if not os.path.lexists(target):
            out.notifications.append(Notification(f"path does not exist: {target}", target, "error"))
            continue
        if os.path.isfile(target) and not os.path.isdir(target):
            rel = rel_of(target)
            if os.path.islink(target) and not _inside(target, root_real):
                out.notifications.append(Notification(
                    "symlink points outside the scan root; not followed", rel, "warning"))
            elif _matches_any(rel, exclude):
                continue
            elif is_binary_name(target):  # named by the user: say why nothing was scanned
                out.skipped += 1
                out.notifications.append(Notification("binary file; skipped", rel, "warning"))
            elif os.path.basename(target) in LOCK_FILES:  # pre-commit passes these: a note
                out.skipped += 1
                out.notifications.append(Notification("lock file; skipped", rel, "note"))
            else:
                add(target)
            continue
        if not os.path.isdir(target):
            out.notifications.append(Notification("not a regular file; skipped", rel_of(target), "note"))
            continue
        _walk(os.path.abspath(target), root_real, exclude, use_gitignore, add, out, rel_of)
    out.files.sort(key=lambda f: f.rel)
    return out


def _walk(top: str, root_real: str, exclude, use_gitignore, add, out: Discovery, rel_of) -> None:
    top_real = os.path.realpath(top)
    # (directory, [(base directory, spec), ...] of the .gitignore files above it)
    stack: list[tuple[str, list]] = [(top, [])]
    visited: set[str] = set()
    while stack:
        directory, specs = stack.pop()
        real = os.path.realpath(directory)
        if real in visited:
            continue  # a symlink loop
        visited.add(real)
        if use_gitignore:
            spec = _gitignore(directory)
            if spec is not None:
                specs = specs + [(directory, spec)]
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            out.notifications.append(Notification(
                f"cannot read directory: {exc.strerror or exc}", rel_of(directory), "warning"))
            continue
        subdirs = []
        for entry in entries:
            rel = rel_of(entry.path)
            try:
                is_link = entry.is_symlink()
                is_dir = entry.is_dir(follow_symlinks=True)
                is_file = entry.is_file(follow_symlinks=True)
            except OSError:
                is_link, is_dir, is_file = True, False, False
            if is_link:
                if not (is_dir or is_file):
                    out.notifications.append(Notification(
                        "broken or looping symlink; not followed", rel, "note"))
                    continue
                if not (_inside(entry.path, top_real) or _inside(entry.path, root_real)):
                    out.notifications.append(Notification(
                        "symlink points outside the scan root; not followed", rel, "warning"))
                    continue
            if is_dir:
                if entry.name in SKIP_DIRS or entry.name.endswith(".egg-info"):
                    continue
                if _ignored(entry.path, True, specs) or _matches_any(rel, exclude):
                    continue
                subdirs.append(entry.path)
            elif is_file:
                if entry.name in LOCK_FILES or is_binary_name(entry.name):
                    continue
                if _ignored(entry.path, False, specs) or _matches_any(rel, exclude):
                    continue
                add(entry.path)
            else:
                out.notifications.append(Notification("not a regular file; skipped", rel, "note"))
        for sub in reversed(subdirs):
            stack.append((sub, specs))


def _ignored(path: str, is_dir: bool, specs) -> bool:
    for base, spec in specs:
        rel = os.path.relpath(path, base).replace(os.sep, "/")
        if is_dir:
            rel += "/"
        if spec.match_file(rel):
            return True
    return False


def default_root(targets, project_dir: str | None = None) -> str:
    """The directory paths are relative to: the project's (its configuration file's directory)
    when every target is inside it, so findings, per-path patterns and baselines do not depend
    on the working directory; else the working directory when every target is inside it;
    else the targets' common directory."""
    cwd = os.getcwd()
    paths = [os.path.abspath(t) for t in targets] or [cwd]
    for base in (project_dir, cwd):
        if base and all(p == base or p.startswith(base.rstrip(os.sep) + os.sep) for p in paths):
            return base
    dirs = [p if os.path.isdir(p) else os.path.dirname(p) for p in paths]
    return os.path.commonpath(dirs)


def git_root(path: str) -> Path | None:
    p = Path(path).resolve()
    for candidate in (p, *p.parents):
        if (candidate / ".git").exists():
            return candidate
    return None
