"""Fixture for RUN004 unbound-local."""
counter = 0


def bump():
    counter = counter + 1  # error
    return counter


def conditional(flag):  # ok
    if flag:
        value = 1
    return value


def loop(items):  # ok
    for item in items:
        if item:
            print(previous)
        previous = item


def guarded():
    print(result)  # error
    result = 2
    return result


def declared_global():  # ok
    global counter
    counter += 1
