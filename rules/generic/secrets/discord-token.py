# Generated fixture: random values with the provider's structure, never real keys.
# ruleid: SEC022
DISCORD_TOKEN = "Mt8NUHIp1tXVsXlUS7splsP-fp.AByEPv.lq-Y4vvE1EHJj66lCUyBQleI0aGvuGRQmzBrgS"
# ruleid: SEC022
DISCORD_WEBHOOK = "https://discord.com/api/webhooks/691537131629150838/UGb1WGnB4Z7ouyYHkaMlj4Q5LnHInQbWkrf8QDLO1eB9pN1zXvl--u2A9EeL0HhGKmDA"
# ok: SEC022
DISCORD_TOKEN = os.getenv("DISCORD_TOKEN")
# ok: SEC022
DISCORD_WEBHOOK = "https://discord.com/api/webhooks/123/abc"
