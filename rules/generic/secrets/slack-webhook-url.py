# Generated fixture: random values with the provider's structure, never real keys.
# ruleid: SEC009
WEBHOOK = "https://hooks.slack.com/services/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"
# ok: SEC009
WEBHOOK = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
# ok: SEC009
DOCS = "https://hooks.slack.com/services/"
