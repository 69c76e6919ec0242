import os

import anthropic
import google.generativeai as genai
from langchain_openai import ChatOpenAI
from openai import OpenAI

# ruleid: PY630
client = OpenAI(api_key="sk-proj-Qm3xT9vLp2Rk8WzY4nHc7Ud1")
claude = anthropic.Anthropic(
    # ruleid: PY630
    api_key="sk-ant-api03-h7Kq2Lm9Xv4Rt8Wp3Zc6Nb1",
)
# ruleid: PY630
genai.configure(api_key="AIzaSyD4k9Qm2Xv7Lp3Rt8Wz1Nc6Hb5")
# ruleid: PY630
llm = ChatOpenAI(model="gpt-4o", openai_api_key="sk-9fQ2mX7vL3pR8tW1zK4nC6hB")
# ok: PY630
env_client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
# ok: PY630
example = OpenAI(api_key="your-api-key-here")
# ok: PY630
default = OpenAI()
