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
# ok: GEN702
parser.add_argument("--api-key", metavar="YOUR_API_KEY", help="Your key, e.g. <your api key>")
# ruleid: GEN702
parser.add_argument("--api-key", default="YOUR_API_KEY")
# ok: GEN702
key = st.text_input("API key", placeholder="your-api-key-here")
# ok: GEN702
if api_key == "YOUR_API_KEY":
    raise SystemExit("set OPENAI_API_KEY first")
# ok: GEN702
message = _("Paste <your api key> below")


def connect(token: str = ""):
    # ok: GEN702
    """Connect with a token, e.g. connect("your-secret-token-here")."""
    # ruleid: GEN702
    return Client(token=token or "your-secret-token-here")


# a prompt telling the model the shape of its answer: prose with line breaks, not a value
# ok: GEN702
FORMAT = ("Thought: <what you are thinking>\n"
          "Answer: <your final response to the user>")
# ruleid: GEN702
HEADERS = {"Authorization": "Bearer <your api token>"}


if __name__ == "__main__":
    # a usage demo run by hand: reported, at low severity (tests/test_matchers.py)
    # ruleid: GEN702
    demo = Client(token="<your api token>")
