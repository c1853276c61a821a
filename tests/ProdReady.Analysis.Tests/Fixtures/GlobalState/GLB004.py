"""Fixture for GLB004 mutable-argument-default."""
import collections
import dataclasses
from dataclasses import dataclass, field
from typing import ClassVar


def collect(item, into=[]):  # error
    into.append(item)
    return into


def merge(base, *, extra={}):  # error
    return {**base, **extra}


def counts(words, table=collections.Counter()):  # error
    table.update(words)
    return table


def safe(item, into=None, names=(), limit=10):  # ok
    into = [] if into is None else into
    into.append(item)
    return into


handler = lambda event, seen=set(): seen.add(event)  # error


@dataclass
class Job:
    name: str  # ok
    tags: list = dataclasses.field(default_factory=list)  # ok
    retries: dict = field(default={})  # error
    registry: ClassVar[dict] = {}  # ok


class Plain:
    def method(self, options=dict()):  # error
        return options
