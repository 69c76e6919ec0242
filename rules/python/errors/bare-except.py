def parse(text):
    try:
        return float(text)
    # ruleid: PY802
    except:
        return 0.0


def parse_commented(text):
    try:
        return int(text)
    # ruleid: PY802
    except:  # anything at all
        pass


def safe(text):
    try:
        return float(text)
    # ok: PY802
    except ValueError:
        return 0.0
    # ok: PY802
    except (TypeError, OverflowError) as exc:
        raise RuntimeError(text) from exc
