"""Documented exceptions that are not raised."""


def parse(text):
    """Parse.\n\nRaises:\n    OverflowError: If large.\n"""  # error: not raised
    if not text:
        raise ValueError(text)
    return text


def raised(text):
    """Parse.\n\nRaises:\n    ValueError: If bad.\n"""  # ok
    if not text:
        raise ValueError(text)
    return text


def converts(text):
    """Parse.\n\nRaises:\n    ValueError: If not a number.\n"""  # ok: a callee may raise it
    return int(text)


def base(text):
    """Parse.\n\nRaises:\n    LookupError: If missing.\n"""  # ok: KeyError is a LookupError
    raise KeyError(text)


def reraise(text):
    """Parse.\n\nRaises:\n    KeyError: If missing.\n"""  # ok: re-raised by a bare raise
    try:
        return {}[text]
    except KeyError:
        raise


def variable(error):
    """Raise.\n\nRaises:\n    RuntimeError: Always.\n"""  # ok: an unresolved raise disables the check
    raise error


def abstract():
    """Abstract.\n\nRaises:\n    KeyError: In implementations.\n"""  # ok: stub body
    raise NotImplementedError


def lookup():
    """Look up.\n\nRaises:\n    KeyError: From the lookup.\n"""  # ok: a subscript may raise it
    return {}["x"]


def stale():
    """Answer.\n\nRaises:\n    KeyError: Never any more.\n"""  # error: nothing can raise it
    return 42


def caught():
    """Catch.\n\nRaises:\n    KeyError: Never, it is caught.\n"""  # error: caught inside
    try:
        raise KeyError("x")
    except KeyError:
        return None
