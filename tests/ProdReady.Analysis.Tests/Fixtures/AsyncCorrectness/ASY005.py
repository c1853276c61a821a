"""Fixture for ASY005 event-loop-in-coroutine."""
import asyncio


async def refresh(source):
    return source


async def refresh_all(sources):
    for source in sources:
        asyncio.run(refresh(source))  # error
    loop = asyncio.get_event_loop()
    loop.run_until_complete(refresh(sources))  # error
    await refresh(sources)  # ok


def main(sources):
    asyncio.run(refresh_all(sources))  # ok
    loop = asyncio.new_event_loop()
    loop.run_until_complete(refresh(sources))  # ok
