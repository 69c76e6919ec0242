"""What the engine's rules call on: dataflow (taint), secrets, LLM usage, named checks,
project manifests, and the fact collectors the engine runs on every file (facts.py)."""
