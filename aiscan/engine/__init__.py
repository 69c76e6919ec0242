"""The per-file engine: rules loaded from YAML, grammar profiles, one parse and one dispatch
for every rule, suppressions, fingerprints and the overlap of findings."""
