"""Fixture for ASY003 async-without-await."""
import abc
import asyncio


async def total(prices):  # error
    return sum(prices)


async def waits():  # ok
    await asyncio.sleep(0)


async def streams(source):  # ok
    async for item in source:
        print(item)


async def generator():  # ok
    yield 1


async def stub():  # ok
    raise NotImplementedError


def route(function):
    return function


@route
async def handler(request):  # ok
    return request


class Base(abc.ABC):
    @abc.abstractmethod
    async def run(self):  # ok
        ...


class Impl(Base):
    async def run(self):  # ok
        return 1

    async def helper(self):  # error
        return 2

    async def __aenter__(self):  # ok
        return self


async def nested():  # error
    async def inner():
        await asyncio.sleep(0)

    return inner
