import typing as t
from typing import Any

Json = Any


def load(path: str) -> dict[str, Any]:  # error
    return {}


def aliased(value: t.Any) -> None:  # error
    pass


def star(*args: Any, **kwargs: Any) -> None:  # error
    pass


def through_alias(value: Json) -> None:  # error
    pass


def typed(value: object) -> str:  # ok
    return str(value)


config: "dict[str, Any]" = {}  # error
