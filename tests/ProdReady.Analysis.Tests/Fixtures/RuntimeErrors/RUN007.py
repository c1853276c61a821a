"""Fixture for RUN007 unawaited-coroutine."""
import asyncio
import asyncio as aio
from asyncio import sleep as pause


async def fetch():
    return 1


def sync():
    return 1


class Worker:
    async def step(self):
        return 1

    async def run(self):
        self.step()  # error
        await self.step()  # ok
        task = asyncio.create_task(self.step())  # ok
        return task


async def main():
    fetch()  # error
    asyncio.sleep(1)  # error
    aio.sleep(1)  # error
    pause(1)  # error
    sync()  # ok
    await fetch()  # ok
    await asyncio.gather(fetch(), fetch())  # ok
    coroutine = fetch()  # ok
    return await coroutine
