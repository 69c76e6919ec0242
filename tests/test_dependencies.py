"""Manifest parsing and undeclared-import findings on small project trees."""

from __future__ import annotations

import textwrap

from aiscan.analyses import manifests
from aiscan.pipeline.config import Config
from aiscan.pipeline.scan import run_scan


def write(root, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def scan(root, *select):
    result = run_scan([str(root)], Config(select=list(select), jobs=1), root=str(root))
    return sorted((f.location.path, f.location.line, f.rule_id, f.message) for f in result.findings)


def test_pyproject_pep621_poetry_and_groups(tmp_path):
    write(tmp_path, {"pyproject.toml": """
        [project]
        name = "my-app"
        dependencies = ["PyYAML>=6", "scikit-learn; python_version > '3.9'"]
        [project.optional-dependencies]
        web = ["Pillow"]
        [dependency-groups]
        test = ["pytest>=8"]
        [tool.poetry.dependencies]
        python = "^3.10"
        opencv-python = "*"
        [build-system]
        requires = ["hatchling"]
    """})
    project = manifests.load_project(str(tmp_path))
    assert project.python_declared >= {"pyyaml", "scikit-learn", "pillow", "pytest", "opencv-python",
                                       "hatchling"}
    assert "python" not in project.python_declared
    for module in ("yaml", "sklearn.linear_model", "PIL.Image", "pytest", "cv2", "hatchling", "my_app"):
        assert project.python_declares(module) or module in project.local_modules, module
    assert not project.python_declares("requests")


def test_setup_cfg_setup_py_and_pipfile(tmp_path):
    write(tmp_path, {
        "setup.cfg": "[options]\ninstall_requires =\n    requests>=2\n    attrs\n"
                     "[options.extras_require]\nyaml = PyYAML\n",
        "tools/setup.py": "setup(name='x', install_requires=['click>=8', \"rich\"],\n"
                          "      extras_require={'dev': ['black']})\n",
        "Pipfile": '[packages]\nflask = "*"\n[dev-packages]\nmypy = "==1.0"\n',
    })
    project = manifests.load_project(str(tmp_path))
    assert project.python_declared >= {"requests", "attrs", "pyyaml", "click", "rich", "black",
                                       "flask", "mypy"}
    assert "dev" not in project.python_declared
    assert project.python_declares("attr") and project.python_known


def test_computed_setup_py_makes_python_findings_unknown(tmp_path):
    write(tmp_path, {"setup.py": "setup(install_requires=read_requirements())\n",
                     "app.py": "import totally_unknown_pkg\n"})
    assert scan(tmp_path, "PY901") == []


def test_undeclared_python_import_reported_with_local_and_stdlib_skipped(tmp_path):
    write(tmp_path, {
        "requirements.txt": "requests==2.32.3\n",
        "src/mypkg/__init__.py": "",
        "src/mypkg/util.py": "",
        "app.py": """
            import json
            import requests
            import mypkg.util
            from util import helper
            import reqeusts_oauth_magic
        """,
    })
    found = scan(tmp_path, "PY901")
    assert [(p, line, rid) for p, line, rid, _ in found] == [("app.py", 6, "PY901")]
    assert "reqeusts_oauth_magic" in found[0][3]


def test_no_manifest_no_findings(tmp_path):
    write(tmp_path, {"app.py": "import reqeusts_oauth_magic\n",
                     "web.js": "import x from 'nonexistent-pkg';\n"})
    assert scan(tmp_path, "PY901", "JS901") == []


def test_js_workspaces_types_and_builtins(tmp_path):
    write(tmp_path, {
        "package.json": '{"name": "root", "workspaces": ["packages/*"], '
                        '"devDependencies": {"@types/node": "^20", "@types/express": "^4"}}',
        "packages/ui/package.json": '{"name": "@acme/ui", "dependencies": {"react": "^18"}}',
        "packages/web/index.ts": """
            import type { Request } from "express";
            import { Button } from "@acme/ui/button";
            import React from "react";
            import { readFile } from "node:fs/promises";
            import crypto from "crypto";
            import magic from "react-magic-hooks";
        """,
    })
    found = scan(tmp_path, "JS901")
    assert [(p, line) for p, line, _, _ in found] == [("packages/web/index.ts", 7)]


def test_unpinned_package_json_entries(tmp_path):
    write(tmp_path, {"package.json": """
        {
          "dependencies": {
            "express": "^4.19.2",
            "left-pad": "*",
            "react": "latest"
          }
        }
    """})
    found = scan(tmp_path, "GEN902")
    assert [(line, msg) for _, line, _, msg in found] == [
        (5, '`left-pad` accepts any version ("*")'),
        (6, '`react` accepts any version ("latest")'),
    ]


def test_js_package_names():
    assert manifests.js_package_name("lodash/fp") == "lodash"
    assert manifests.js_package_name("@scope/pkg/deep") == "@scope/pkg"
    for spec in ("./x", "../y", "node:fs", "fs", "@/alias", "~/x", "#internal", "virtual:mod"):
        assert manifests.js_package_name(spec) is None, spec


def test_poetry_wildcards_only_in_dependency_tables(tmp_path):
    write(tmp_path, {"pyproject.toml": """
        [tool.coverage.run]
        include = "*"
        [tool.poetry.dependencies]
        python = "*"
        requests = "*"
        [tool.poetry.group.dev.dependencies]
        pytest = {version = "*"}
    """})
    found = scan(tmp_path, "GEN902")
    assert [(line, msg.split("`")[1]) for _, line, _, msg in found] == [(6, "requests"), (8, "pytest")]


def _severities(root, *select):
    result = run_scan([str(root)], Config(select=list(select), jobs=1), root=str(root))
    return {(f.location.path, f.location.line): f.severity.name.lower() for f in result.findings}


def test_transitive_lazy_and_top_level_imports_graded(tmp_path):
    write(tmp_path, {
        "requirements.txt": "pydantic==2.9.2\nstrawberry-graphql==0.243.1\n",
        "poetry.lock": '[[package]]\nname = "annotated-types"\nversion = "0.7.0"\n',
        "app/main.py": """\
            import strawberry
            import annotated_types
            import pydantic_core
            import hallucinated_sdk


            def plot():
                import matplotlib
                return matplotlib
            """,
    })
    assert _severities(tmp_path, "PY901") == {
        ("app/main.py", 2): "info",  # pinned by the lockfile only
        ("app/main.py", 3): "info",  # a sibling of the declared pydantic
        ("app/main.py", 4): "medium",
        ("app/main.py", 8): "info",  # lazily imported: an optional dependency
    }


def test_stdlib_of_every_supported_python():
    for module in ("annotationlib", "compression.zstd", "distutils", "imp", "asynchat",
                   "tomllib", "zoneinfo", "__future__"):
        assert manifests.is_python_stdlib(module), module
    assert not manifests.is_python_stdlib("yaml")


def test_conditional_and_guarded_imports_are_optional(tmp_path):
    write(tmp_path, {
        "requirements.txt": "requests\n",
        "pkg/compat.py": """\
            import sys
            try:
                import ujsonx as json
            except ImportError:
                import json
            from ujsonx import dumps

            if sys.version_info < (3, 11):
                import tomlix
            if FEATURE:
                pass
            elif OTHER:
                import featurex
            """,
    })
    assert scan(tmp_path, "PY901") == []


def test_own_modules_are_never_undeclared(tmp_path):
    write(tmp_path, {
        "pyproject.toml": '[project]\nname = "acme-tools"\ndependencies = ["requests"]\n',
        "src/acme/tools/__init__.py": "",          # src layout, `acme` a namespace package
        "src/acme/tools/cli.py": "from acme.tools import helpers\nimport acme_tools\nimport helpers\n",
        "src/acme/tools/helpers.py": "import requests\n",
    })
    assert scan(tmp_path, "PY901") == []


def test_plugin_distributions_provide_their_unprefixed_name():
    from aiscan.analyses.import_names import import_names

    assert "ranged_fileresponse" in import_names("django-ranged-fileresponse")
    assert "corsheaders" in import_names("django-cors-headers")
    assert "dateutil" in import_names("python-dateutil")
    # an unrelated module stays undeclared
    assert "requests" not in import_names("django-ranged-fileresponse")
