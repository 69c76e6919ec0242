import logging

log = logging.getLogger(__name__)


def send(order):
    try:
        order.send()
    # ruleid: PY801
    except Exception:
        pass
    try:
        order.archive()
    # ruleid: PY801
    except:
        pass
    try:
        order.notify()
    # ruleid: PY801
    except (ValueError, BaseException) as exc:
        pass


def safe(order):
    try:
        order.send()
    # ok: PY801
    except OSError:
        log.exception("not sent")
    try:
        order.archive()
    # ok: PY801
    except KeyError:
        # the order was archived already
        pass
    try:
        order.cleanup()
    # ok: PY801
    except (OSError, ValueError):
        pass
    try:
        order.close()
    # ok: PY801
    except Exception:
        log.exception("close failed")
    return True
