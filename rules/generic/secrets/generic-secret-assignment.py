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
print(f'Put this into your .env file:\nAPP_AUTH_SECRET="{random_secret()}"')
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
# ruleid: SEC100
GITHUB_TOKEN = "ghp_pLIix6MEOLeMa61EqJomTEI1JEzO3jAAAAAB"
# ruleid: SEC100
app.secret_key = "dev"
# ruleid: SEC100
app.config["SECRET_KEY"] = "keyboard cat"
# ruleid: SEC100
SECRET_KEY = "django-insecure-oOj37HyVaQXekW9LctXb03rEMU64yT"
# ok: SEC100
usage = {"total_tokens": a + b}
# ok: SEC100
response = client.create(max_tokens=cfg.limit, prompt_tokens="Y6BzUZKC97i4xgciFnq9")
# ok: SEC100
callbacks = {"get_token": "RBXO2tAG1yKwILALo5vR"}
# ok: SEC100
ENV_API_KEY = "ANTHROPIC_API_KEY"
# ok: SEC100
GRANT_TYPE_REFRESH_TOKEN = "refresh_token"
# ok: SEC100
api_key = "sk-proj-e3sZ..."
# ok: SEC100
auth_token = f"tok-{uuid.uuid4()}"
# ok: SEC100
access_token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
# ok: SEC100
aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
# ok: SEC100
api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
# ok: SEC100
api_key = "fake-access-token"
# ok: SEC100
hashed_password = "67b2rMQSkS3u9I5KKgTP"
# ok: SEC100
password = request.form["password"]
# ruleid: SEC100
if username == "admin" and password == "reaper-42":
    pass
# ok: SEC100
if token_type == "bearer" or auth == "none":
    pass
# ruleid: SEC100
app.secret_key = "your-secret-key-here"
# ok: SEC100
client = Client(aws_secret_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")


class Config:
    """Configure the application:

    # ok: SEC100
    SECRET_KEY = 'development key'
    """
# ok: SEC100
clean = re.sub(r'(?<=password:")(.*)(?=")', "*****", text)
# ok: SEC100
PASSWORD, SIGNING, SECRET = "password", "signing", "secret"
# ok: SEC100
COLOURS = {PASS: "\x1b[32m", FAIL: "\x1b[31m"}
# ok: SEC100
x = 1  # an example: SECRET_KEY = "development key"
# ruleid: SEC100
y = 2  # left over: API_KEY = "Zk3q9XvB2mL7pQ4wR8tY"
# ok: SEC100
firebase = {"apiKey": "AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}


@extend_schema(
    responses=OpenApiResponse(
        response=StorageSerializer,
        examples=[
            OpenApiExample(
                name="storage",
                value={
                    "bucket": "exports",
                    # ok: SEC100
                    "password": "secret",
                    "region": "eu-west-1",
                },
            )
        ],
    )
)
def storage_view(request):
    # ruleid: SEC100
    connect(bucket="exports", password="secret")


class StorageSettings(BaseModel):
    # ok: SEC100
    password: str = Field(example="hunter2")
    # ruleid: SEC100
    admin: dict = Field(default_factory=lambda: dict(password="hunter2"))
