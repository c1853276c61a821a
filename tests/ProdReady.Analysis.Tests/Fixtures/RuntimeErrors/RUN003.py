"""Fixture for RUN003 undefined-export."""
from os import path

__all__ = [
    "path",  # ok
    "parse",  # ok
    "dump",  # error
    "CONSTANT",  # ok
]
__all__ += ["Missing"]  # error


def parse(text):
    return text


CONSTANT = 1
