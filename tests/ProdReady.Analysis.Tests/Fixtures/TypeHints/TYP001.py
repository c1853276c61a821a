import typing as t
from typing import overload


def positional_only(a, /, b: int) -> None:  # error
    pass


def every_kind(a, *args, key, **kwargs) -> None:  # error
    pass


def typed(a: int, *args: str, key: bytes = b"", **kwargs: float) -> None:  # ok
    pass


class Widget:
    def method(self, size: int) -> None:  # ok
        pass

    def untyped(self, size) -> None:  # error
        pass

    @classmethod
    def build(cls, size: int) -> "Widget":  # ok
        return cls()

    @staticmethod
    def helper(value) -> int:  # error
        return 1


class Meta(type):
    def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, object]) -> "Meta":  # ok
        return super().__new__(mcs, name, bases, namespace)


@overload
def parse(value: int) -> int: ...  # ok
@overload
def parse(value: str) -> str: ...  # ok
def parse(value):  # error
    return value


@t.overload
def load(raw: bytes) -> bytes: ...  # ok
@t.overload
def load(raw: str) -> str: ...  # ok
def load(raw: bytes | str) -> bytes | str:  # ok
    return raw


square = lambda x: x * x  # ok
