"""Raised exceptions missing from Raises."""
import json


class AppError(Exception):
    """Base error."""


class Missing(AppError):
    """Missing thing."""


class NotAnError:
    """Not an exception."""


def check(value):
    """Check.

    Raises:
        TypeError: If wrong.
    """
    if value is None:
        raise ValueError("none")  # error: ValueError is not documented
    if value == 1:
        raise TypeError("one")  # ok: documented
    raise Missing()  # error: Missing is not documented


def covered(value):
    """Check.

    Raises:
        AppError: On failure.
        OSError: On I/O failure.
    """
    if value:
        raise Missing()  # ok: a subclass of AppError
    raise FileNotFoundError(value)  # ok: a subclass of OSError


def caught(value):
    """Check."""
    try:
        raise KeyError(value)  # ok: caught by the handler below
    except LookupError:
        pass
    try:
        raise ValueError(value)  # ok: caught by a bare except
    except:
        pass


def reraise(value):
    """Check."""
    try:
        return int(value)
    except ValueError:
        raise  # ok: a bare raise
    finally:
        pass


def external(text):
    """Parse."""
    raise json.JSONDecodeError("bad", text, 0)  # error: an external exception by its name


def variables(error):
    """Raise what was given."""
    raise error  # ok: an instance in a variable


def abstract():
    """Abstract."""
    raise NotImplementedError  # ok


def nested():
    """Nested."""

    def inner():
        raise ValueError  # ok: in a nested function

    return inner


def _private():
    """Private."""
    raise ValueError  # ok: private without a Raises section
