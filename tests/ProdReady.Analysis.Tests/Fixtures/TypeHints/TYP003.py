from __future__ import annotations

import collections
import typing as t
from collections.abc import Callable
from typing import Generic, List, Optional, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    pass


class Plain:
    pass


def bare(rows: list, key: Callable) -> dict:  # error
    return {}


def nested(rows: dict[str, list]) -> Optional[t.Dict]:  # error
    return None


def typed(rows: list[int], key: Callable[[int], str]) -> dict[str, int]:  # ok
    return {}


def project_generic(box: Box, plain: Plain) -> Box[int]:  # error
    return Box()


def strings(rows: "List") -> "list[int]":  # error
    return []


queue: collections.deque = collections.deque()  # error
counts: collections.Counter[str] = collections.Counter()  # ok
Alias: t.TypeAlias = dict[str, tuple]  # error
