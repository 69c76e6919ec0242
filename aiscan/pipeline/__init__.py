"""The pipeline every command runs: configuration, discovery, the result cache, the worker pool
and the scan that ties them together (see docs/ARCHITECTURE.md)."""
