# Generated fixture: random values with the provider's structure, never real keys.
# ruleid: SEC017
TWILIO_API_KEY = "SK139a7fdf2b156d5c8114d0cb659559e0"
# ruleid: SEC017
TWILIO_AUTH_TOKEN = "b3922f8fe9837895ecfbcc92b852e35f"
# ok: SEC017
TWILIO_ACCOUNT_SID = "AC0ceee2d4a1dd0e1d2530aea04da68bad"
# ok: SEC017
sha = "SK068b0e3103dbf42f6ec7"
