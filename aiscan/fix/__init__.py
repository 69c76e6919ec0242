"""`aiscan fix`: libcst codemods applied at the positions of a scan's findings.

Nothing here is imported by the scan itself: libcst is slow to import and to parse with, so it
runs only for `aiscan fix` and `aiscan scan --with-fixes`, and only on files that have a
finding whose rule names a codemod. (Rule loading imports the registry to validate a rule's
`fix:` block, but only for rule files not yet in the validated-rules cache.)
"""
