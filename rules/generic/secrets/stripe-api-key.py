# Generated fixture: random values with the provider's structure, never real keys.
# ruleid: SEC010
stripe.api_key = "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"
# ruleid: SEC010
STRIPE_RESTRICTED = "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"
# ruleid: SEC010
stripe.api_key = "sk_test_bU0hKautAEGtlDDp3LZcUW4a"
# ok: SEC010
publishable = "pk_live_IjLBM7Be2OqKp39xQUJcjtuqPMgitKwoVXTjSzdFVJFpKDIHuWNC282fN5iZhixjxbm2OY5H0OFVyRB799lrYjKMQljtSHXus9p"
# ok: SEC010
stripe.api_key = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"
