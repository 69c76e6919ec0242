from openai import OpenAI

client = OpenAI(timeout=30, max_retries=2)
MODEL = "gpt-4o-2024-08-06"


def summarise(user, ticket_text):
    prompt = f"Write to {user.email} about: {ticket_text}"
    # ruleid: PY955
    client.chat.completions.create(model=MODEL, max_tokens=300, messages=[{"role": "user", "content": prompt}])
    # ruleid: PY955
    client.chat.completions.create(model=MODEL, max_tokens=300, messages=[{"role": "user", "content": f"DOB {user.date_of_birth}"}])
    # ok: PY955
    client.chat.completions.create(model=MODEL, max_tokens=300, messages=[{"role": "user", "content": ticket_text}])
    # ok: PY955
    client.chat.completions.create(model=MODEL, max_tokens=300, messages=[{"role": "user", "content": f"Block {request.ip_address}"}])
