import os

# ruleid: GEN702
client = Client(api_key="YOUR_API_KEY")
# ruleid: GEN702
headers = {"Authorization": "Bearer <your-token>"}
# ok: GEN702
BODY = "Lorem ipsum dolor sit amet"
# ruleid: GEN702
token = os.getenv("TOKEN", "your-secret-token-here")
# ok: GEN702
client = Client(api_key=os.environ["API_KEY"])
# ok: GEN702
prompt = "Enter your API key:"
