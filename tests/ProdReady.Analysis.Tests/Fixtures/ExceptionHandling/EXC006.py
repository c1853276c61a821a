"""Fixture for EXC006 assert-statement."""
import typing
from typing import assert_never


def transfer(amount):
    assert amount > 0, "amount must be positive"  # error
    return amount


def kind(value):
    if isinstance(value, int):
        return "int"
    assert_never(value)  # ok


def narrow(value):
    if typing.TYPE_CHECKING:
        assert value is not None  # ok
    return value
