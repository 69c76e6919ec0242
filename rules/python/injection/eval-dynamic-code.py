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


def raise_at_line(exc, lineno, name):
    # a code object compiled from constant text, moved to a line and renamed: no outside code
    code = compile("\n" * (lineno - 1) + "raise __exc__", "<template>", "exec")
    code = code.replace(co_name=name)
    # ok: PY101
    exec(code, {"__exc__": exc})


def run_patched(source, name):
    code = compile("\n" + "pass", "<t>", "exec")
    code = code.replace(co_code=source)
    # ruleid: PY101
    exec(code)


def load_settings(filename):
    namespace = {}
    with open(filename, "rb") as settings_file:
        # a configuration file run as Python: reported at low severity (as trusted as an import)
        # ruleid: PY101
        exec(compile(settings_file.read(), filename, "exec"), namespace)
    return namespace


def run_upload(request):
    # ruleid: PY101
    exec(request.files["script"].read())
