from flask import request
from fastapi import FastAPI

api = FastAPI()


def calc():
    expr = request.args["expr"]
    # ruleid: PY151
    return eval(expr)


@api.get("/run")
def run(code: str):
    wrapped = "def f():\n    " + code.strip()
    # ruleid: PY151
    exec(wrapped)
    # ok: PY151
    exec("print(1)")
    n = float(code)
    # ok: PY151
    return eval(str(n))


def offline():
    line = input("> ")
    # ruleid: PY151
    compiled = compile(line, "<input>", "eval")
    line = "1 + 1"
    # ok: PY151
    return eval(line), compiled
