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
        order.log()
    # ruleid: PY801
    except (ValueError, Exception) as exc:
        pass


def safe(order):
    try:
        order.send()
    # ok: PY801
    except OSError:
        log.exception("not sent")
    try:
        order.close()
    # ok: PY801
    except FileNotFoundError:
        pass
    try:
        order.notify()
    # ok: PY801
    except Exception:  # the peer may have gone away; notification is best effort
        pass
    try:
        order.archive()
    # ok: PY801
    except KeyError:
        # the order was archived already
        pass
        return False
    return True
