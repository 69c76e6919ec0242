import json

from openai import OpenAI

client = OpenAI()


def solve(task):
    resp = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": task}])
    code = resp.choices[0].message.content
    # ruleid: PY610
    exec(code)
    # ok: PY610
    data = json.loads(code)
    # ok: PY610
    return eval("2 + 2"), data


def run_chain(chain, question):
    answer = chain.invoke({"question": question})
    # ruleid: PY610
    return eval(answer.content.strip())


from agents import function_tool


@function_tool
def calculate(expression: str) -> str:
    # ruleid: PY610
    return str(eval(expression))
