# Generated fixture: random values, never real credentials.
import os

# ruleid: SEC100
DB_PASSWORD = "Vq8#mZp2rT!x9Lw"
# ruleid: SEC100
client = Client(api_key="q7Zt2XbKp9LmW4sRv8Nc")
# ruleid: SEC100
settings = {"secret_key": "h3Kq9ZpT7mXw2Rb8Lc5V"}
# ruleid: SEC100
password = os.getenv("DB_PASSWORD", "changeme")
# ok: SEC100
password = os.environ["DB_PASSWORD"]
# ok: SEC100
api_key = "your-api-key"
# ok: SEC100
token = "<TOKEN>"
# ok: SEC100
SECRET_KEY = "${SECRET_KEY}"
# ok: SEC100
password_field = "Kq9ZpT7mXw2Rb8"
# ok: SEC100
token_url = "https://auth.internal.net/oauth/token"
# ok: SEC100
prompt = "Please enter your password: "
# ok: SEC100
api_key = "xxxxxxxxxxxxxxxxxxxx"
# ok: SEC100
auth_token = "abcdefghijklmnopqrstuvwxyz"
# ok: SEC100
session_token = "1b4e28ba-2fa1-11d2-883f-0016d3cca427"
# ok: SEC100
secret = get_secret("db")
# ok: SEC100
checksum = "9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a"
