"""Fixture for GLB005 mutable-class-attribute."""
import ctypes
import enum
from dataclasses import dataclass
from typing import ClassVar, Final, NamedTuple


class Cart:
    items = []  # error
    discounts: dict = {}  # error
    registry: ClassVar[dict] = {}  # ok
    LIMITS: Final = {"max": 10}  # ok
    __slots__ = ["items"]  # ok
    name = "cart"  # ok

    def add(self, item):
        self.items.append(item)


@dataclass
class Settings:
    paths: ClassVar[list] = []  # ok


class Color(enum.Enum):
    RED = [1, 0, 0]  # ok


class Point(NamedTuple):
    x: int  # ok


class Subclass(Cart):
    more = set()  # error


class Article:
    class Meta:
        ordering = ["-created"]  # ok


class Point3(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int)]  # ok
