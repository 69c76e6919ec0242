import subprocess

ALLOWED = {"status": ["git", "status"], "log": ["git", "log", "-5"]}


def agent_step(chain, task):
    cmd = chain.invoke({"task": task})
    # ruleid: PY611
    subprocess.run(cmd, shell=True)
    # ok: PY611
    subprocess.run(["git", "status"])


def gemini(model, task):
    reply = model.generate_content(task).text
    # ruleid: PY611
    subprocess.run(f"bash -c '{reply}'", shell=True)
