"""Intra-procedural taint tracking: where untrusted data reaches a dangerous call.

`file_flows(ctx)` analyses a file once and caches the result; rules filter the flows by sink
category and source label (see `aiscan/checks/taint_flows.py`).
"""

from .flows import Flow, file_flows

__all__ = ["Flow", "file_flows"]
