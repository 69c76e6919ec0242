"""Locate or build the real-world corpora used by the performance benchmark.

Corpora live in ``bench/corpora/`` (git-ignored) and are prepared once, then
reused; ``--refresh`` rebuilds them.

* ``stdlib`` -- a copy of the running interpreter's standard library, without
  site-packages/dist-packages and ``__pycache__``.
* ``django`` -- Django's source distribution from PyPI (``pip download``).
* ``npm``    -- a handful of large npm packages (``npm pack``), unpacked.

Usage: ``python bench/corpora.py [stdlib django npm ...] [--refresh]``
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import sysconfig
import tarfile
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
CORPORA_DIR = BENCH_DIR / "corpora"
DOWNLOAD_DIR = CORPORA_DIR / "dl"
NAMED_CORPORA = ("stdlib", "django", "npm")

# Large, widely used packages; together roughly 5-20 MB of JS/TS source.
NPM_PACKAGES = ("lodash", "express", "react-dom", "@angular/core", "rxjs", "axios")

SOURCE_SUFFIXES = frozenset(
    {".py", ".pyi", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx", ".go", ".java"}
)
STDLIB_EXCLUDES = ("site-packages", "dist-packages", "__pycache__")


@dataclass(frozen=True)
class CorpusStats:
    """Size of a corpus: source files (by suffix) and all files."""

    source_files: int
    source_lines: int
    source_bytes: int
    all_files: int

    def as_dict(self) -> dict[str, int]:
        return {
            "source_files": self.source_files,
            "source_lines": self.source_lines,
            "source_bytes": self.source_bytes,
            "all_files": self.all_files,
        }


def _extract(archive: Path, dest: Path) -> None:
    """Unpack a .tar.gz/.tgz archive into ``dest``, refusing unsafe members."""
    with tarfile.open(archive) as tar:
        if not hasattr(tarfile, "data_filter"):  # Python < 3.11.4: no safe way to unpack
            raise SystemExit("bench/corpora.py needs Python >= 3.11.4 (tarfile extraction filters)")
        tar.extractall(dest, filter="data")


def _fresh_dir(path: Path) -> Path:
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


def _log(message: str) -> None:
    print(f"[corpora] {message}", file=sys.stderr, flush=True)


def build_stdlib(dest: Path) -> None:
    source = Path(sysconfig.get_paths()["stdlib"])
    _log(f"copying {source} (without {', '.join(STDLIB_EXCLUDES)})")
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(
        source, dest, symlinks=True, ignore=shutil.ignore_patterns(*STDLIB_EXCLUDES)
    )


def build_django(dest: Path) -> None:
    download = _fresh_dir(DOWNLOAD_DIR / "django")
    _log("pip download django (sdist)")
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "django", "--no-binary", ":all:",
         "--no-deps", "-d", str(download)],
        check=True,
    )
    archives = sorted(download.glob("[Dd]jango-*.tar.gz"))
    if not archives:
        raise RuntimeError(f"no Django sdist found in {download}")
    staging = _fresh_dir(DOWNLOAD_DIR / "django-unpacked")
    _extract(archives[-1], staging)
    (top,) = list(staging.iterdir())  # sdists hold a single top-level folder
    if dest.exists():
        shutil.rmtree(dest)
    top.rename(dest)
    shutil.rmtree(staging)


def build_npm(dest: Path) -> None:
    download = _fresh_dir(DOWNLOAD_DIR / "npm")
    _log(f"npm pack {' '.join(NPM_PACKAGES)}")
    subprocess.run(
        ["npm", "pack", "--silent", "--pack-destination", str(download), *NPM_PACKAGES],
        check=True, stdout=subprocess.DEVNULL,
    )
    _fresh_dir(dest)
    for archive in sorted(download.glob("*.tgz")):
        target = dest / archive.name[: -len(".tgz")]
        _extract(archive, target)


BUILDERS = {"stdlib": build_stdlib, "django": build_django, "npm": build_npm}


def prepare(name: str, refresh: bool = False) -> Path:
    """Return the root of the named corpus, building it first if needed."""
    dest = CORPORA_DIR / name
    marker = dest / ".bench-ready"
    if refresh or not marker.exists():
        CORPORA_DIR.mkdir(parents=True, exist_ok=True)
        BUILDERS[name](dest)
        marker.write_text("prepared by bench/corpora.py\n")
    return dest


def resolve(spec: str, refresh: bool = False) -> tuple[str, Path]:
    """Map ``stdlib``/``django``/``npm`` or a directory path to (label, root)."""
    if spec in BUILDERS:
        return spec, prepare(spec, refresh)
    path = Path(spec).expanduser().resolve()
    if not path.is_dir():
        raise SystemExit(f"corpus {spec!r} is neither {'/'.join(NAMED_CORPORA)} nor a directory")
    return path.name, path


def iter_source_files(root: Path):
    """Yield source files under ``root`` in a stable order."""
    for path in sorted(root.rglob("*")):
        if path.suffix in SOURCE_SUFFIXES and path.is_file() and not path.is_symlink():
            yield path


def measure(root: Path) -> CorpusStats:
    files = lines = size = 0
    for path in iter_source_files(root):
        data = path.read_bytes()
        files += 1
        size += len(data)
        lines += data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)
    all_files = sum(1 for p in root.rglob("*") if p.is_file() and p.name != ".bench-ready")
    return CorpusStats(files, lines, size, all_files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", default=list(NAMED_CORPORA),
                        help=f"any of {', '.join(NAMED_CORPORA)} or a directory (default: all)")
    parser.add_argument("--refresh", action="store_true", help="rebuild/re-download")
    args = parser.parse_args(argv)
    for spec in args.corpora:
        label, root = resolve(spec, args.refresh)
        stats = measure(root)
        print(f"{label:8} {root}\n         {stats.source_files} source files, "
              f"{stats.source_lines} lines, {stats.source_bytes / 1e6:.1f} MB "
              f"({stats.all_files} files in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
