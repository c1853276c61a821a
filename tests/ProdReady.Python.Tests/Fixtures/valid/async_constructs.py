import asyncio


async def fetch(session, url):
    async with session.get(url) as response, lock:
        return await response.text()


async def main():
    async for item in aiter(source()):
        print(item)
    else:
        print("done")
    async with a as b, c as (d, e):
        pass
    result = [x async for x in gen() if await x]
    gen2 = (await y for y in ys)
    await asyncio.sleep(0)
    return await asyncio.gather(*[fetch(s, u) for u in urls])


async def agen():
    yield 1
    await other()
    async with ctx():
        yield
