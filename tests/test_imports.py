"""The import map: local name -> qualified name."""

from __future__ import annotations

from aiscan.engine.imports import import_map
from aiscan.engine.languages import parser


def test_a_later_import_shadows_an_earlier_one_whatever_the_process_did_before():
    code = "\n".join(
        [f"import mod{i}" for i in range(40)] +
        ["if X:", "    from _c import LoadLibrary as _open", "else:",
         "    from _c import dlopen as _open", "import a.b as _alias", "from pkg import _alias"])
    tree = parser("python").parse(code.encode())
    for _ in range(3):
        found = import_map(tree.root_node, "python")
        assert found["_open"] == "_c.dlopen"
        assert found["_alias"] == "pkg._alias"
