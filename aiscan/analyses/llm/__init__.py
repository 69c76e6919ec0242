"""LLM usage: what providers, models and prompts a project uses (the AI bill of materials).

`catalogue` holds the SDKs as data, `detect` reads one parsed file into JSON facts, `inventory`
merges the facts of a scan, `owners` reads CODEOWNERS and `render` prints the result.
"""
