"""Returns missing."""
import typing


def balance(account):
    """Compute a balance."""  # error: returns a value
    return sum(account)


def annotated(account) -> int:
    """Compute a balance."""  # error: annotated to return a value
    raise NotImplementedError


def nothing() -> None:
    """Do nothing."""  # ok
    return None


def never() -> typing.NoReturn:
    """Exit."""  # ok
    raise SystemExit(1)


def documented(account):
    """Compute.

    Returns:
        The balance.
    """  # ok
    return 1


def generator():
    """Count."""  # ok: DOC007 asks for Yields
    yield 1


def nested():
    """Make a callback."""  # error: returns the callback

    def inner():
        return 1

    return inner


def nested_only():
    """Make nothing."""  # ok: only the nested function returns

    def inner():
        return 1

    inner()


class Shape:
    """A shape."""

    def __init__(self) -> None:
        """Make."""  # ok

    @property
    def area(self) -> float:
        """The area."""  # ok: properties describe the attribute
        return 1.0


def _private():
    """Private."""  # ok: private
    return 1
