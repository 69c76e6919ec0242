import math

import boto3
from openai import OpenAI, AzureOpenAI
from anthropic import Anthropic
from langchain_anthropic import ChatAnthropic
from transformers import pipeline
from huggingface_hub import InferenceClient
import google.generativeai as genai
import ollama

# ok: PY951
client = OpenAI()
# ok: PY951
claude = Anthropic(timeout=20)
# ok: PY951
chat = ChatAnthropic(model="claude-3-5-sonnet-20241022", max_retries=3)
# ok: PY951
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
# ruleid: PY951
forever = OpenAI(timeout=None)
# ruleid: PY951
endless = Anthropic(timeout=math.inf)
# ruleid: PY951
patient = client.with_options(timeout=None)
# ruleid: PY951
hf = InferenceClient(model="meta-llama/Llama-3.1-8B-Instruct")
# ok: PY951
hf_bounded = InferenceClient(model="meta-llama/Llama-3.1-8B-Instruct", timeout=30)
# ruleid: PY951
local = ollama.Client(host="http://localhost:11434")
# ok: PY951
local_bounded = ollama.Client(host="http://localhost:11434", timeout=60)
# retries disabled on purpose (a caller that retries or falls back itself)
# ok: PY951
fragile = OpenAI(max_retries=0)


class Service:
    def __init__(self, settings):
        # ok: PY951
        self.client = OpenAI(api_key=settings.key)
