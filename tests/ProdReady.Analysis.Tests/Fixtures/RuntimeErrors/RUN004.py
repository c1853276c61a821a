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


def class_reads_own_name():
    class Node:
        parent = Node  # error
    return Node


def class_reads_later_constant():
    class Settings:
        limit = LIMIT  # error
        helper = staticmethod(lambda: LATER)  # ok
    LIMIT = 10
    LATER = 1
    return Settings


def class_in_loop(rows):  # ok
    for row in rows:
        if row:
            class Row:
                previous = last
        last = row


def comprehension_before_binding():
    values = [scale * n for n in range(3)]  # error
    scale = 2
    return values


def comprehension_after_binding():  # ok
    scale = 2
    return [scale * n for n in range(3)]


def walrus_in_comprehension(items):  # ok
    return [y for x in items if (y := x * 2) and y > 1]


def while_test_first():
    while pending:  # error
        pending = False


def while_test_in_outer_loop(batches):  # ok
    for batch in batches:
        if batch:
            while remaining:
                remaining -= 1
        remaining = len(batch)
