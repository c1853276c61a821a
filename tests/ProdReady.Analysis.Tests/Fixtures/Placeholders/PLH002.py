"""Fixture for PLH002 placeholder-function-body."""
import abc
import typing
import typing as t
from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, Protocol, overload

from somewhere import ThirdPartyBase


def only_pass():
    pass  # error


def only_ellipsis():
    ...  # error


def raises_not_implemented(x):
    raise NotImplementedError  # error


def raises_placeholder_message(x):
    raise NotImplementedError("not yet implemented")  # error


def documented_hook():
    """Called after every request; does nothing by default."""  # ok


def explained(x):
    raise NotImplementedError("cookiejar has no use for this")  # ok


async def async_pass():
    pass  # error


def real(x):  # ok
    return x + 1


def _private_noop():
    pass  # ok


class Base(ABC):
    @abstractmethod
    def run(self):  # ok
        raise NotImplementedError

    @abc.abstractmethod
    def stop(self):  # ok
        ...

    def contract(self):
        raise NotImplementedError  # ok

    def hook(self):
        pass  # error


class NullBase(Base):
    def hook(self) -> None:
        pass  # ok


class Plugin(ThirdPartyBase):
    def on_load(self):
        pass  # ok


class Reader(Protocol):
    def read(self, size: int) -> bytes:  # ok
        ...


class Quiet:
    def __exit__(self, *args):
        pass  # ok


@t.overload
def parse(x: int) -> int: ...  # ok
@typing.overload
def parse(x: str) -> str: ...  # ok
@overload
def parse(x: bytes) -> bytes: ...  # ok
def parse(x):
    return x


if TYPE_CHECKING:
    def typed_only() -> int:
        ...  # ok


def outer():
    def inner():
        pass  # ok
    return inner


class RequestHandler:
    def __init__(self, request):
        self.request = request
        self.setup()
        self.handle()

    def setup(self):  # ok
        pass

    def handle(self):  # ok
        ...

    def finish(self):
        pass  # error


class Parser:
    def callbacks(self):
        return {"on_end": self.on_end}

    def on_end(self) -> None:  # ok
        pass


class Unrelated:
    def run(self, other):
        other.reset()

    def reset(self):
        pass  # error


import click as cl
import typer


@cl.group()
def cli():  # ok
    pass


@cli.group(help="A group of subcommands")
def users():  # ok
    pass


@cli.command()
def sync():
    pass  # error


app = typer.Typer()


@app.callback()
def main():  # ok
    pass


@app.command()
def create():
    pass  # error


class _NoThreads:
    def append(self, thread):  # ok
        pass


def make_window():
    class Window:
        def close(self):  # ok
            pass

    return Window


class Public:
    class _Inner:
        def reset(self):  # ok
            pass

    def reset(self):
        pass  # error


class Command:
    def do(self, text):  # ok
        pass

    def describe(self):
        pass  # error


class InsertCommand(Command):
    def do(self, text):
        return text.upper()


class DragSource:
    def dnd_end(self, target, event):
        pass  # error


def finish(source, target, event):
    source.dnd_end(target, event)
    return getattr(source, "dnd_commit", None)


class Commit:
    def dnd_commit(self):  # ok
        pass


class Server:
    exposed = ["shutdown", "ping"]

    def ping(self, connection):  # ok
        pass

    def shutdown(self):
        return None


class Icon:
    def press(self, event):
        return finish(self, None, event)

    def dnd_end(self, target, event):  # ok
        pass


class Gadget:
    def attach(self, registry):
        registry.add(self)

    def detach(self):
        pass  # error


class FileLoader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        return module.run()

    def is_package(self, name):
        return False


class NullLoader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):  # ok
        pass

    def is_package(self, name):
        return True


class Job:
    def run(self):
        return 1

    def cancel(self):
        return 2


class Task:
    def run(self):
        pass  # error

    def cancel(self):
        return 3
