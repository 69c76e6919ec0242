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
