import builtins
from builtins import exec as run_code


def handler(request):
    expression = request.args["q"]
    # ruleid: PY101
    result = eval(expression)
    # ruleid: PY101
    exec(f"value = {expression}")
    # ruleid: PY101
    builtins.eval(expression + "1")
    # ruleid: PY101
    run_code(expression)
    return result


def safe(obj):
    # ok: PY101
    total = eval("1 + 2")
    # ok: PY101
    exec("import this")
    # ok: PY101
    obj.eval(expression_from_elsewhere())
    # ok: PY101
    model.eval()
    # ok: PY101
    exec(compile('def _raise(*a): raise a[0], a[1], a[2]', '<py3fix>', 'exec'))
    # ruleid: PY101
    exec(compile(source_from_elsewhere(), '<string>', 'exec'))
    return total
