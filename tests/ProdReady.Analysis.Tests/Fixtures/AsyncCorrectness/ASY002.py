"""Fixture for ASY002 dropped-task."""
import asyncio
from asyncio import create_task as spawn


async def notify(event):
    return event


async def handle(event):
    asyncio.create_task(notify(event))  # error
    spawn(notify(event))  # error
    asyncio.ensure_future(notify(event))  # error
    loop = asyncio.get_running_loop()
    loop.create_task(notify(event))  # error
    task = asyncio.create_task(notify(event))  # ok
    await asyncio.create_task(notify(event))  # ok
    async with asyncio.TaskGroup() as group:
        group.create_task(notify(event))  # ok
    return task
