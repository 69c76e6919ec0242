import logging

logger = logging.getLogger(__name__)


def load(rows):
    out = []
    for row in rows:
        try:
            out.append(parse(row))
        # ruleid: PY803
        except Exception:
            continue
    for row in rows:
        try:
            out.append(parse(row))
        # ruleid: PY803
        except Exception as e:
            logger.warning("skipping %s: %s", row, e)
            continue
    for row in rows:
        try:
            out.append(parse(row))
        # ok: PY803
        except ValueError:
            continue
    for row in rows:
        try:
            out.append(parse(row))
        # ok: PY803
        except Exception as e:
            out.append(None)
            continue
    for row in rows:
        try:
            out.append(parse(row))
        # ok: PY803
        except Exception:
            logger.exception("import aborted")
            raise
    return out
