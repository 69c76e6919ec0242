"""Audit views of a scan: the checklist with its score, the report formats and the LLM
inventory."""
