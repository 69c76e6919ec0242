# ruleid: PY813
def create(a, b, c, d, e, f, g, h):
    pass


class Api:
    # ok: PY813
    def call(self, a, b, c, d, e, f, *, g):
        pass

    # ruleid: PY813
    def send(self, a, b: int, c=1, d: str = '', e=2, f=3, *args, **kw):
        pass

    # keyword-only parameters are named at every call site, like an options object
    # ok: PY813
    def create(self, *, model, messages, max_tokens, temperature, top_p, stop, stream, user, tools):
        pass

    # ruleid: PY813
    def post(self, path, body, headers, params, timeout, retries, stream, *args: int, **kw: str):
        pass
