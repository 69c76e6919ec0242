import pdb
import ipdb as dbg


def handle(request):
    # ruleid: PY711
    breakpoint()
    # ruleid: PY711
    pdb.set_trace()
    # ruleid: PY711
    dbg.set_trace()
    # ok: PY711
    tracer.set_trace()
    return request
