# ruleid: PY811
def dispatch(x):
    if x == 0:
        return 0
    if x == 1:
        return 1
    if x == 2:
        return 2
    if x == 3:
        return 3
    if x == 4:
        return 4
    if x == 5:
        return 5
    if x == 6:
        return 6
    if x == 7:
        return 7
    if x == 8:
        return 8
    if x == 9:
        return 9
    if x == 10:
        return 10
    if x == 11:
        return 11
    if x == 12:
        return 12
    if x == 13:
        return 13
    if x == 14:
        return 14
    return -1


# ok: PY811
def route(x):
    if x == 0:
        return 0
    if x == 1:
        return 1
    if x == 2:
        return 2
    if x == 3:
        return 3
    if x == 4:
        return 4
    if x == 5:
        return 5
    if x == 6:
        return 6
    if x == 7:
        return 7
    if x == 8:
        return 8
    if x == 9:
        return 9
    if x == 10:
        return 10
    if x == 11:
        return 11
    if x == 12:
        return 12
    if x == 13:
        return 13
    return -1


def flags(a, b, c, d, e, f, g, h):
    return a and b and c and d and e and f and g and h


# ruleid: PY811
def mixed(x, ys):
    if x == 0 or x == -0:
        return [y for y in ys if y]
    if x == 1 or x == -1:
        return [y for y in ys if y]
    if x == 2 or x == -2:
        return [y for y in ys if y]
    if x == 3 or x == -3:
        return [y for y in ys if y]
    if x == 4 or x == -4:
        return [y for y in ys if y]
    if x == 5 or x == -5:
        return [y for y in ys if y]
    if x == 6 or x == -6:
        return [y for y in ys if y]
    return None
