"""Fixture for RUN002 undefined-name."""
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence


def total(prices):
    return sum(price * quantitty for price, quantity in prices)  # error


def uses_later_helper():  # ok
    return helper()


def helper():  # ok
    return os.getcwd()


def annotated(items: "Sequence[int]") -> int:  # ok
    return len(items)


class Config:
    default = 3
    doubled = [default * 2 for _ in range(3)]  # error

    def method(self):
        return default  # error


print(late_value)  # error
late_value = 1

try:
    unicode  # ok
except NameError:
    unicode = str


def closures():  # ok
    factor = 2

    def inner(x):
        return x * factor

    return inner


print(__name__, __file__)  # ok
