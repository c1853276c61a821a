"""Malformed docstrings (on one line each, so that markers can follow them)."""


def near_miss(width):
    """Compute an area.\n\nArg:\n    width: The width.\n"""  # error: near miss of Args


def near_return():
    """Compute.\n\nReturn:\n    The area.\n"""  # error: near miss of Returns


def typo():
    """Compute.\n\nRetruns:\n    The area.\n"""  # error: one letter off


def no_description(width):
    """Compute.\n\nArgs:\n    width:\n"""  # error: an entry without a description


def missing_colon(x):
    """Compute.\n\nArgs\n    x: The value.\n"""  # error: missing colon


def empty_section(x):
    """Compute.\n\nReturns:\n"""  # error: empty section


def duplicate(x):
    """Compute.\n\nArgs:\n    x: The value.\n\nArgs:\n    x: Again.\n"""  # error: duplicate section


def empty():
    """"""  # error: an empty docstring


def no_summary(x):
    """Args:\n    x: The value.\n"""  # error: no summary line


def good(x):
    """Compute.\n\nArgs:\n    x: The value.\n\nReturns:\n    A value.\n\nNote:\n    A note.\n"""  # ok


class Good:
    """A class.\n\nAttributes:\n    name: The name.\n"""  # ok


def prose(x):
    """Compute.

    Note: this line is prose, not a header.
    For example: neither is this one.
    """  # ok
