"""Where a rewrite's new import goes: inside the first import block, in name order."""

from __future__ import annotations

import libcst as cst
import pytest

from aiscan.fix.imports import add_imports


def added(code: str, *needed) -> str:
    return add_imports(cst.parse_module(code), list(needed)).code


@pytest.mark.parametrize("code,needed,expected", [
    # sorted among plain imports, before the from-imports
    ("import json\nimport sys\nfrom flask import Flask\n\nx = 1\n", ("os", None),
     "import json\nimport os\nimport sys\nfrom flask import Flask\n\nx = 1\n"),
    ("from flask import Flask\n\nx = 1\n", ("os", None),
     "import os\nfrom flask import Flask\n\nx = 1\n"),
    # after the docstring and __future__ imports; a blank line before the code
    ('"""Doc."""\nfrom __future__ import annotations\nx = 1\n', ("os", None),
     '"""Doc."""\nfrom __future__ import annotations\nimport os\n\nx = 1\n'),
    # the comment above the block stays above it
    ("#!/usr/bin/env python\n# imports\nimport sys\n", ("os", None),
     "#!/usr/bin/env python\n# imports\nimport os\nimport sys\n"),
    # from-imports go in module order among from-imports
    ("import yaml\nfrom os import path\nfrom zlib import crc32\n", ("yaml", "safe_load"),
     "import yaml\nfrom os import path\nfrom yaml import safe_load\nfrom zlib import crc32\n"),
])
def test_placement(code, needed, expected):
    assert added(code, needed) == expected


def test_existing_imports_are_not_duplicated():
    code = "import os\nfrom yaml import safe_load\n"
    assert added(code, ("os", None), ("yaml", "safe_load"), ("os", None)) == code


def test_an_aliased_import_does_not_count():
    assert added("import os as o\n", ("os", None)) == "import os as o\nimport os\n"
