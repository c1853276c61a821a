"""Fixture for EXC001 bare-except."""


def parse(text):
    try:
        return int(text)
    except:  # error
        return 0


def parse_strict(text):
    try:
        return int(text)
    except ValueError:  # ok
        return 0
    except:  # error
        raise
