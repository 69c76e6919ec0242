import boto3
from openai import OpenAI, AzureOpenAI
from anthropic import Anthropic
from langchain_anthropic import ChatAnthropic
from transformers import pipeline
import google.generativeai as genai

# ruleid: PY951
client = OpenAI()
# ruleid: PY951
claude = Anthropic(timeout=20)
# ruleid: PY951
chat = ChatAnthropic(model="claude-3-5-sonnet-20241022", max_retries=3)
# ruleid: PY951
bedrock = boto3.client("bedrock-runtime")
# ok: PY951
tuned = OpenAI(timeout=20, max_retries=2)
# ok: PY951
azure = AzureOpenAI(azure_endpoint="https://example.invalid", api_version="2024-06-01", timeout=20, max_retries=2)
# ok: PY951
s3 = boto3.client("s3")
# ok: PY951
pipe = pipeline("text-generation", model="gpt2")
# ok: PY951
model = genai.GenerativeModel("gemini-1.5-pro-002")
# ok: PY951
faster = client.with_options(timeout=5)


class Service:
    def __init__(self, settings):
        # ruleid: PY951
        self.client = OpenAI(api_key=settings.key)
