"""What the engine's rules call on: dataflow (taint), secrets, LLM usage, named checks and
project manifests."""
