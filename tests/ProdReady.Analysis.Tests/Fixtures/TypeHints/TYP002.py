from typing import overload


def no_return(a: int):  # error
    return a


def with_return(a: int) -> int:  # ok
    return a


async def fetch(url: str):  # error
    return url


class Cache:
    def __init__(self, size: int):  # error
        self.size = size

    def __repr__(self) -> str:  # ok
        return "Cache()"

    @property
    def full(self):  # error
        return False


@overload
def parse(value: int) -> int: ...  # ok
@overload
def parse(value: str): ...  # error
def parse(value: int | str):  # error
    return value


def outer() -> None:  # ok
    def inner(x: int):  # error
        return x
