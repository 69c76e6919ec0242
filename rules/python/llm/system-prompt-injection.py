import anthropic
import requests
from flask import request
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_core.prompts import ChatPromptTemplate
from openai import OpenAI

client = OpenAI()
claude = anthropic.Anthropic()
SYSTEM = "You are a support assistant. Answer only questions about our product."


def chat():
    team = request.args["team"]
    question = request.json["question"]
    messages = [
        # ruleid: PY602
        {"role": "system", "content": f"You are the assistant of team {team}."},
        # ok: PY602
        {"role": "user", "content": question},
    ]
    # ok: PY602
    safe = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}]
    client.chat.completions.create(model="gpt-4o", messages=messages)
    return client.chat.completions.create(model="gpt-4o", messages=safe)


def claude_chat():
    persona = request.form.get("persona")
    return claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=512,
        # ruleid: PY602
        system="Act as " + persona,
        # ok: PY602
        messages=[{"role": "user", "content": persona}],
    )


def summarise(url, retriever):
    page = requests.get(url, timeout=10).text
    # ruleid: PY602
    msgs = [SystemMessage(content="Summarise using this page:\n" + page)]
    # ok: PY602
    msgs = [SystemMessage(content=SYSTEM), HumanMessage(content=page)]
    docs = retriever.similarity_search("pricing")
    context = "\n".join(d.page_content for d in docs)
    prompt = ChatPromptTemplate.from_messages([
        # ruleid: PY602
        ("system", "Answer from this context:\n" + context),
        # ok: PY602
        ("human", "{question}"),
    ])
    # ok: PY602
    fixed = ChatPromptTemplate.from_messages([("system", SYSTEM), ("human", context)])
    return msgs, prompt, fixed


SYSTEM_TEMPLATE = "You are the assistant of {company}. Be polite."


def templated():
    company = request.args["company"]
    return client.chat.completions.create(
        model="gpt-4o",
        messages=[
            # ruleid: PY602
            {"role": "system", "content": SYSTEM_TEMPLATE.format(company=company)},
            # ok: PY602
            {"role": "user", "content": "Hello from {}".format(company)},
        ],
    )


from agents import Agent, Runner, function_tool


def support_agent():
    team = request.args["team"]
    # ruleid: PY602
    agent = Agent(name="support", instructions=f"You help the {team} team.")
    # ok: PY602
    fixed = Agent(name="support", instructions="You help the team named in the user message.")
    return Runner.run_sync(fixed, team), agent


@function_tool
def delegate(task: str, persona: str) -> str:
    # ruleid: PY602
    helper = Agent(name="helper", instructions=f"You are {persona}.")
    # ok: PY602
    worker = Agent(name="worker", instructions="Do the task in the user message.")
    return str(Runner.run_sync(worker, task).final_output) + helper.name


def message_from_api(url: str):
    """Turns one message of a chat API's JSON back into a message object: a `system` entry
    already was the system message, its role is kept, not granted."""
    entry = requests.get(url, timeout=5).json()["message"]
    role = entry["role"]
    if role == "user":
        # a user's text promoted to the system prompt
        # ruleid: PY602
        return SystemMessage(content=entry["content"])
    elif role == "system":
        # ok: PY602
        return SystemMessage(content=entry["content"])
    return None


def history_from_service(conversation_id: str):
    turns = requests.get(f"https://chat.example.com/c/{conversation_id}", timeout=5).json()
    out = []
    for kind, text in turns:
        if kind in {"system", "developer"}:
            # ok: PY602
            out.append(SystemMessage(content=text))
        else:
            # ruleid: PY602
            out.append(SystemMessage(content=f"Context from the service: {text}"))
    return out
