"""Claude-powered data helper: describe a transformation, get Python, run it.

    python code_runner.py data.csv "add a column with the month of order_date"
"""
import json
import os
import subprocess
import sys

import anthropic
import pandas as pd

client = anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))
MODEL = "claude-3-5-sonnet-20241022"

SYSTEM = (
    "You write short pandas snippets. The dataframe is called df. "
    "Return only Python code, no explanations, no markdown fences."
)


def ask_claude(prompt: str, system: str = SYSTEM) -> str:
    msg = client.messages.create(
        model=MODEL,
        max_tokens=1024,
        system=system,
        messages=[{"role": "user", "content": prompt}],
    )
    return msg.content[0].text


def transform(df: pd.DataFrame, instruction: str) -> pd.DataFrame:
    prompt = f"Columns: {list(df.columns)}\nTask: {instruction}"
    msg = client.messages.create(model=MODEL, max_tokens=1024, system=SYSTEM, messages=[{"role": "user", "content": prompt}])
    code = msg.content[0].text
    scope = {"df": df, "pd": pd}
    exec(code, scope)
    return scope["df"]


def suggest_shell(task: str) -> None:
    msg = client.messages.create(
        model=MODEL,
        max_tokens=200,
        system="Reply with a single bash command and nothing else.",
        messages=[{"role": "user", "content": task}],
    )
    command = msg.content[0].text.strip()
    print(f"$ {command}")
    subprocess.run(command, shell=True, check=False)


def extract_schema(sample: str) -> dict:
    text = ask_claude(f"Describe the JSON schema of this sample as JSON:\n{sample}", system="Return only JSON.")
    return json.loads(text)


def quick_stat(df: pd.DataFrame, question: str):
    expr = ask_claude(f"Write one pandas expression on df answering: {question}. Columns: {list(df.columns)}")
    return eval(expr, {"df": df, "pd": pd})


def describe(df: pd.DataFrame) -> str:
    summary = df.describe(include="all").to_string()
    return ask_claude(f"Summarise this dataset for a business audience:\n{summary}", system="You are a data analyst.")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__)
        sys.exit(1)
    frame = pd.read_csv(sys.argv[1])
    result = transform(frame, sys.argv[2])
    print(result.head(20).to_string())
    out = os.path.splitext(sys.argv[1])[0] + ".out.csv"
    result.to_csv(out, index=False)
    print(f"wrote {out}")
