"""`{"score", "grade", "items": [{"id", "title", "status", "weight", "evidence"}], "summary"}`."""

from __future__ import annotations

import json

from ... import __version__
from . import ReportData


def render(data: ReportData) -> str:
    doc = {"version": __version__, **data.checklist.as_dict()}
    doc["summary"] = data.summary()
    hidden = getattr(data.result, "hidden", None)
    if hidden:  # what the default profile and role policy held back from the checklist
        doc["summary"]["not_shown"] = hidden
    if data.checklist.facts is not None:
        doc["facts"] = data.checklist.facts.as_dict()
    if data.inventory is not None:
        doc["inventory"] = data.inventory
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
