import json
from openai import OpenAI
from pydantic import BaseModel

client = OpenAI(timeout=30, max_retries=2)


class Answer(BaseModel):
    text: str


def bad(messages):
    resp = client.chat.completions.create(model="gpt-4o-2024-08-06", messages=messages, max_tokens=200)
    content = resp.choices[0].message.content
    # ruleid: PY954
    data = json.loads(content)
    # ruleid: PY954
    value = eval(resp.choices[0].message.content)
    return data, value


def inline(messages):
    # ruleid: PY954
    return json.loads(client.chat.completions.create(model="gpt-4o-2024-08-06", messages=messages, max_tokens=200).choices[0].message.content)


def good(messages, raw_config):
    resp = client.chat.completions.create(model="gpt-4o-2024-08-06", messages=messages, max_tokens=200)
    # ok: PY954
    answer = Answer.model_validate(json.loads(resp.choices[0].message.content))
    # ok: PY954
    parsed = json.loads(resp.choices[0].message.content)
    checked = Answer(**parsed)
    # ok: PY954
    config = json.loads(raw_config)
    return answer, checked, config
