"""Prefixes of the private keys the taint walk keeps in a scope beside the variable names.

A scope maps names to taints; facts about a name (its strict taint, the URL it was parsed
from, whether it holds a Jinja sandbox, …) live in the same dict under a control-character
prefix that no identifier can start with. They are declared here, together, so that two
features can never pick the same prefix (a test checks that they are distinct).
"""

STRICT_PREFIX = "\0"  # "\0<name>": strict taint of name (only while proving)
HOST_KEY = "\1"  # `host = urlparse(u).netloc`: HOST_KEY + "host" -> "u"
PARSED_FROM = "\2"  # `u, err := url.Parse(back)`: PARSED_FROM + "back" -> "u"
MODEL_PREFIX = "\3"  # container model of a list/dict literal
NOT_REQUEST = "\4"  # NOT_REQUEST + "req" -> True when `req` is bound to a non-request
KEYS_KEY = "\5"  # KEYS_KEY + "d" -> True while d holds dict literals with constant keys
SANDBOX_KEY = "\6"  # SANDBOX_KEY + name -> True when name holds a Jinja sandbox
VALIDATED_KEY = "\7"  # `ok, why = is_x_safe(u)`: VALIDATED_KEY + "ok" -> "u"
XML_STATE_PREFIX = "\x08xml:"  # the hardening flags set so far on an XML parser variable

ALL = (STRICT_PREFIX, HOST_KEY, PARSED_FROM, MODEL_PREFIX, NOT_REQUEST, KEYS_KEY, SANDBOX_KEY,
       VALIDATED_KEY, XML_STATE_PREFIX)
