import os
from pathlib import Path

from langchain_core.tools import StructuredTool
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("files")
ROOT = Path("/srv/docs").resolve()


@mcp.tool()
def read_file(path: str) -> str:
    """Read a file."""
    # ruleid: PY645
    with open(path) as fh:
        return fh.read()


@mcp.tool()
def read_doc(name: str) -> str:
    """Read a document from the docs folder."""
    target = (ROOT / name).resolve()
    if not target.is_relative_to(ROOT):
        raise ValueError("outside the docs folder")
    # ok: PY645
    with open(target) as fh:
        return fh.read()


@mcp.tool()
def delete_upload(name: str) -> str:
    """Delete an upload."""
    # ok: PY645
    os.remove(os.path.join("/srv/uploads", os.path.basename(name)))
    return "deleted"


def list_dir(folder: str) -> list[str]:
    # ruleid: PY645
    return os.listdir(folder)


lister = StructuredTool.from_function(func=list_dir, name="list_dir", description="List a folder.")


def helper(folder: str) -> list[str]:
    # ok: PY645
    return os.listdir(folder)


def save_trace(folder: str, question: str):
    answer = client.chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": question}]
    ).choices[0].message.content
    # constant file names, model output only as the content
    files = {"question": question, "answer": answer}
    for name, text in files.items():
        # ok: PY645
        with open(os.path.join(folder, name), "w") as fh:
            fh.write(text)
    for name, text in files.items():
        # the value (the model's answer) names the file
        # ruleid: PY645
        with open(os.path.join(folder, text), "w") as fh:
            fh.write(name)


def save_trace_guarded(folder: str, question: str):
    try:
        answer = client.chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": question}]
        ).choices[0].message.content
        files = {"question": question, "answer": answer}
        for name, text in files.items():
            # ok: PY645
            with open(os.path.join(folder, name), "w") as fh:
                fh.write(text)
    except OSError:
        pass
