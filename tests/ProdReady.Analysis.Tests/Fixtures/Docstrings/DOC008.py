"""Yields present for a function that does not yield."""
from collections.abc import Iterator


def names(users):
    """List names.\n\nYields:\n    Names.\n"""  # error: does not yield
    return [u.name for u in users]


def iterator(users) -> Iterator[str]:
    """Iterate names.\n\nYields:\n    Names.\n"""  # ok: returns an iterator
    return iter(users)


def abstract(users):
    """Iterate.\n\nYields:\n    Names.\n"""  # ok: stub body
    raise NotImplementedError


def generator(users):
    """Iterate.\n\nYields:\n    Names.\n"""  # ok
    yield from users
