# Generated fixture: random values with the provider's structure, never real keys.
# ruleid: SEC028
client_secret = "vxu8Q~N-15Np2BlNY5V5iif9EyqhxNbZpZAcqavv"
# ok: SEC028
client_secret = "zSW8Q~1A-4DEe9Zq"
# ok: SEC028
client_secret = os.environ["AZURE_CLIENT_SECRET"]
