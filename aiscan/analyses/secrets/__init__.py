"""Secret detection support: allowlist comments, validators and the generic-secret heuristics."""
