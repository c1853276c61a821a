async def f():
    result = [x async for x in aiter() if await x]
    await (await g())
    async with a as b: pass
    return await x
