"""Facts about the repository as a whole (tests, lockfiles, .gitignore, CI, README, LLM SDKs).

Computed once per scan from the scan root, the list of files discovery already found and the
per-file facts the engine collected, so nothing is walked or read twice. Only file names and a
few small project files (.gitignore, requirements) are read; nothing is executed and nothing
leaves the machine.
"""

from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass, field

from ..engine.languages import language_for

LOCKFILES = ("poetry.lock", "uv.lock", "Pipfile.lock", "pdm.lock", "package-lock.json",
             "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "go.sum",
             "gradle.lockfile", "Cargo.lock")
MANIFESTS = ("pyproject.toml", "setup.py", "setup.cfg", "requirements.txt", "Pipfile",
             "package.json", "go.mod", "pom.xml", "build.gradle", "build.gradle.kts", "Cargo.toml")
CI_FILES = (".gitlab-ci.yml", "Jenkinsfile", "azure-pipelines.yml", "bitbucket-pipelines.yml",
            ".travis.yml")
CI_DIRS = (".circleci", ".buildkite")
READMES = ("README", "README.md", "README.rst", "README.txt", "readme.md", "Readme.md")


@dataclass
class RepoFacts:
    source_files: int = 0
    test_files: list[str] = field(default_factory=list)
    lockfiles: list[str] = field(default_factory=list)
    manifests: list[str] = field(default_factory=list)
    pinned_requirements: list[str] = field(default_factory=list)
    gitignore: bool = False
    gitignore_covers_env: bool = False
    env_files: list[str] = field(default_factory=list)  # .env files not ignored by .gitignore
    ci: list[str] = field(default_factory=list)
    readme: str = ""
    llm_sdk_files: list[str] = field(default_factory=list)
    # manifests that publish a library (PEP 621 [project] or [tool.poetry], setup.py/cfg, npm
    # "exports"/"files")
    # with no requirements file beside them: ranges are right there, locks are the apps' job
    library_manifests: list[str] = field(default_factory=list)
    # the root is an unpacked source distribution (PKG-INFO beside the code): what a registry
    # published, not the repository; .gitignore and CI never travel in one
    source_distribution: bool = False

    @property
    def test_ratio(self) -> float:
        """Test files per non-test source file."""
        code = self.source_files - len(self.test_files)
        return len(self.test_files) / code if code > 0 else (1.0 if self.test_files else 0.0)

    @property
    def dependency_lock(self) -> list[str]:
        return self.lockfiles + self.pinned_requirements

    def as_dict(self) -> dict:
        return {
            "source_files": self.source_files, "test_files": len(self.test_files),
            "test_ratio": round(self.test_ratio, 3), "lockfiles": self.dependency_lock,
            "manifests": self.manifests, "gitignore": self.gitignore,
            "gitignore_covers_env": self.gitignore_covers_env, "env_files": self.env_files,
            "ci": self.ci, "readme": self.readme, "llm_sdk_files": len(self.llm_sdk_files),
            "source_distribution": self.source_distribution,
        }


def is_test_path(rel: str) -> bool:
    from ..pipeline.roles import TEST, from_path

    return from_path(rel) == TEST


def collect(root: str, scanned: list[str], llm_sdk_files: list[str] = ()) -> RepoFacts:
    """Facts for the repository at `root`; `scanned` are the relative paths discovery found,
    `llm_sdk_files` those whose `imports` facts show an LLM SDK (no file is read again here)."""
    facts = RepoFacts()
    for rel in scanned:
        if language_for(rel) is None:
            continue
        facts.source_files += 1
        if is_test_path(rel):
            facts.test_files.append(rel)
    facts.llm_sdk_files = list(llm_sdk_files)
    top = _listdir(root)
    # Lockfiles and manifests are looked for at the root and one level down (monorepo
    # packages, a `backend/` next to a `frontend/`); discovery leaves lock files out.
    for rel in [*top, *(f"{d}/{n}" for d in top if _is_plain_dir(root, d) for n in _listdir(
            os.path.join(root, d)))]:
        name = rel.rsplit("/", 1)[-1]
        if name in LOCKFILES:
            facts.lockfiles.append(rel)
        elif name in MANIFESTS:
            facts.manifests.append(rel)
        if fnmatch.fnmatchcase(name, "requirements*.txt") and _requirements_pinned(
                os.path.join(root, rel)):
            facts.pinned_requirements.append(rel)
    facts.library_manifests = _library_manifests(root, facts.manifests)
    facts.readme = next((n for n in READMES if n in top), "")
    facts.source_distribution = "PKG-INFO" in top
    facts.ci = _ci(root, top)
    _gitignore_facts(root, top, facts)
    return facts


def _listdir(path: str) -> list[str]:
    try:
        return sorted(os.listdir(path))
    except OSError:
        return []


def _is_plain_dir(root: str, name: str) -> bool:
    path = os.path.join(root, name)
    # Never step through a symlink (it could lead out of the root) or into vendored trees.
    return (not name.startswith(".") and name not in ("node_modules", "venv", ".venv")
            and os.path.isdir(path) and not os.path.islink(path))


def _read_small(path: str, limit: int = 256_000) -> str:
    if os.path.islink(path):
        return ""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return fh.read(limit)
    except OSError:
        return ""


def _requirements_pinned(path: str) -> bool:
    """Every requirement pinned with `==` or carrying a `--hash` (pip-compile output)."""
    lines = [ln.split("#", 1)[0].strip() for ln in _read_small(path).splitlines()]
    reqs = [ln for ln in lines if ln and not ln.startswith("-")]
    if not reqs:
        return False
    text = "\n".join(lines)
    return "--hash=" in text or all("==" in r or "@" in r for r in reqs)


def _ci(root: str, top: list[str]) -> list[str]:
    found = [n for n in CI_FILES if n in top]
    found += [f"{d}/" for d in CI_DIRS if os.path.isdir(os.path.join(root, d))]
    # discovery skips dot-directories, so GitHub workflows are looked up by path here
    workflows = os.path.join(root, ".github", "workflows")
    found += [f".github/workflows/{n}" for n in _listdir(workflows)
              if n.endswith((".yml", ".yaml"))]
    return found


def _gitignore_facts(root: str, top: list[str], facts: RepoFacts) -> None:
    import pathspec

    spec = None
    if ".gitignore" in top:
        facts.gitignore = True
        spec = pathspec.GitIgnoreSpec.from_lines(_read_small(os.path.join(root, ".gitignore"))
                                                 .splitlines())
        facts.gitignore_covers_env = spec.match_file(".env") and spec.match_file("app/.env")
    for name in top:
        if name == ".env" or (name.startswith(".env.") and not name.endswith(
                (".example", ".sample", ".template", ".dist"))):
            if spec is None or not spec.match_file(name):
                facts.env_files.append(name)


def _library_manifests(root: str, manifests: list[str]) -> list[str]:
    """Manifests that publish a library, in directories without a requirements file."""
    out = []
    dirs_with_requirements = {m.rpartition("/")[0] for m in manifests
                              if m.rsplit("/", 1)[-1].startswith("requirements")}
    for rel in manifests:
        folder, _, name = rel.rpartition("/")
        if folder in dirs_with_requirements:
            continue
        text = _read_small(os.path.join(root, rel))
        if name == "pyproject.toml" and re.search(r"(?m)^\[(?:project|tool\.poetry)\]", text):
            out.append(rel)
        elif name in ("setup.py", "setup.cfg") and re.search(r"\bname\s*=", text):
            out.append(rel)
        elif name == "package.json" and re.search(r'"(?:exports|files)"\s*:', text) \
                and not re.search(r'"private"\s*:\s*true', text):
            out.append(rel)
    return out
