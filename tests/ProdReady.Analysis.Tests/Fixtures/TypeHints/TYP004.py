import collections
from enum import Enum

registry = {}  # error
names = list()  # error
__all__ = []  # ok
typed: list[str] = []  # ok
filled = [1, 2]  # ok
groups = collections.defaultdict(list)  # error


class Settings:
    values = []  # error
    declared: dict[str, int]

    def __init__(self) -> None:
        self.items = {}  # error
        self.declared = {}  # ok
        self.count = 0  # ok
        local = []  # ok

    def reset(self) -> None:
        self.items = {}  # ok


class Color(Enum):
    RED = []  # ok
