"""DevOps helper agent using OpenAI function calling.

The model can call a few tools to inspect the deployment.  Run:
    python agent_tools.py "why is the api pod restarting?"
"""
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import requests
from openai import OpenAI

client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
MODEL = os.environ.get("AGENT_MODEL", "gpt-4o")
MEMORY_FILE = Path(os.environ.get("AGENT_MEMORY", "~/.devops_agent/memory.pkl")).expanduser()
ALLOWED_KUBECTL = {"get", "describe", "logs", "top"}

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "run_shell",
            "description": "Run a shell command on the ops box and return its output.",
            "parameters": {"type": "object", "properties": {"command": {"type": "string"}}, "required": ["command"]},
        },
    },
    {
        "type": "function",
        "function": {
            "name": "kubectl",
            "description": "Run a read-only kubectl subcommand.",
            "parameters": {
                "type": "object",
                "properties": {"verb": {"type": "string"}, "args": {"type": "array", "items": {"type": "string"}}},
                "required": ["verb"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "http_get",
            "description": "Fetch a URL and return the first 2000 characters.",
            "parameters": {"type": "object", "properties": {"url": {"type": "string"}}, "required": ["url"]},
        },
    },
]


def tool_run_shell(command: str) -> str:
    proc = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=60)
    return (proc.stdout + proc.stderr)[-4000:]


def tool_kubectl(verb: str, args: list[str] | None = None) -> str:
    if verb not in ALLOWED_KUBECTL:
        return f"verb {verb!r} is not allowed"
    proc = subprocess.run(["kubectl", verb, *(args or [])], capture_output=True, text=True, timeout=60)
    return (proc.stdout + proc.stderr)[-4000:]


def tool_http_get(url: str) -> str:
    return requests.get(url, timeout=10).text[:2000]


DISPATCH = {"run_shell": tool_run_shell, "kubectl": tool_kubectl, "http_get": tool_http_get}


def load_memory() -> list:
    if MEMORY_FILE.exists():
        with open(MEMORY_FILE, "rb") as fh:
            return pickle.load(fh)
    return []


def save_memory(messages: list) -> None:
    MEMORY_FILE.parent.mkdir(parents=True, exist_ok=True)
    with open(MEMORY_FILE, "wb") as fh:
        pickle.dump(messages[-50:], fh)


def run_agent(question: str, max_steps: int = 8) -> str:
    messages = load_memory()
    messages.append({"role": "system", "content": "You are a careful SRE assistant. Prefer read-only commands."})
    messages.append({"role": "user", "content": question})
    for _ in range(max_steps):
        resp = client.chat.completions.create(model=MODEL, messages=messages, tools=TOOLS)
        msg = resp.choices[0].message
        if not msg.tool_calls:
            messages.append({"role": "assistant", "content": msg.content})
            save_memory([m for m in messages if isinstance(m, dict)])
            return msg.content
        messages.append(msg)
        for call in msg.tool_calls:
            args = json.loads(call.function.arguments)
            handler = DISPATCH.get(call.function.name)
            result = handler(**args) if handler else f"unknown tool {call.function.name}"
            messages.append({"role": "tool", "tool_call_id": call.id, "content": result})
    return "Stopped after too many steps."


if __name__ == "__main__":
    print(run_agent(" ".join(sys.argv[1:]) or "Summarise cluster health."))
