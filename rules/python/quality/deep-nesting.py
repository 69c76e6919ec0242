# ruleid: PY814
def scan(rows):
    for r in rows:
        if r:
            for r in rows:
                if r:
                    for r in rows:
                        if r:
                            print(r)


# ok: PY814
def walk(rows):
    for r in rows:
        if r:
            for r in rows:
                if r:
                    for r in rows:
                        print(r)


# ok: PY814
def chain(x):
    for a in x:
        for b in a:
            if b == 1:
                pass
            elif b == 2:
                pass
            elif b == 3:
                with open(b) as fh:
                    try:
                        pass
                    except OSError:
                        pass
