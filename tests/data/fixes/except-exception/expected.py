def parse(text):
    try:
        return float(text)
    # the caller shows 0 for junk
    except Exception:  # noqa: E722
        return 0.0
    finally:
        pass


def load(path):
    try:
        return open(path).read()
    except OSError:
        return ""
    except Exception:
        raise
