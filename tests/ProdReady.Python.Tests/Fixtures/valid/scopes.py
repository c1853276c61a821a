counter = 0


def increment():
    global counter
    counter += 1


def outer():
    x = 1
    y = 2

    def inner():
        nonlocal x, y
        x = 2
        global a, b, c
    return inner


class C:
    global g
    g = 1
