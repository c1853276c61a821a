"""Fixture for PLH002 placeholder-function-body."""
import abc
import typing
from abc import ABC, abstractmethod
from typing import Protocol, overload


def only_pass():
    pass  # error


def only_ellipsis():
    ...  # error


def only_docstring():
    """Does nothing yet."""  # error


def raises_not_implemented(x):
    raise NotImplementedError  # error


def raises_not_implemented_call(x):
    """Docstring first."""  # error
    raise NotImplementedError("later")


async def async_pass():
    pass  # error


def real(x):  # ok
    return x + 1


def pass_then_work(x):
    pass  # ok
    return x


class Base(ABC):
    @abstractmethod
    def run(self):  # ok
        raise NotImplementedError

    @abc.abstractmethod
    def stop(self):  # ok
        ...

    @abc.abstractproperty
    def name(self):  # ok
        pass

    def plain(self):
        raise NotImplementedError  # error


class Reader(Protocol):
    def read(self, size: int) -> bytes:  # ok
        ...


class TypedReader(typing.Protocol[int]):
    def read(self) -> int:  # ok
        ...


@overload
def parse(x: int) -> int: ...  # ok
@typing.overload
def parse(x: str) -> str: ...  # ok
def parse(x):
    return x


class Empty(Exception):
    pass  # ok


def outer():
    def inner():
        pass  # error
    return inner
