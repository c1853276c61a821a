"""Yields missing."""
import contextlib


def chunks(data):
    """Split data."""  # error: a generator without Yields
    yield data[:1]


def delegate(data):
    """Delegate."""  # error
    yield from data


def documented(data):
    """Split.

    Yields:
        Pieces.
    """  # ok
    yield data


@contextlib.contextmanager
def managed():
    """Hold a resource."""  # ok: yields nothing
    yield


def _private():
    """Private."""  # ok
    yield 1
