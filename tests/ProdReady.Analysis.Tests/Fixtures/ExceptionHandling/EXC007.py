"""Fixture for EXC007 control-flow-in-finally."""


def read(path):
    try:
        return open(path).read()
    finally:
        return None  # error


def drain(queue):
    while queue:
        try:
            queue.pop()
        finally:
            if not queue:
                break  # error
            continue  # error


def fine(items):
    try:
        return len(items)
    finally:
        for item in items:
            if item:
                break  # ok

        def callback():
            return 1  # ok

        items.clear()
