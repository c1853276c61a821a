def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from other()
    z = yield a, *b
    await_ = (yield)
    yield from (i for i in range(3))
    return (yield)


def gen2():
    res = yield from gen()
    print((yield 1) + 2)
    lst = [(yield x) for x in []] if False else None


async def coro():
    await a
    await a.b(c)
    x = await y ** 2
    return [await z for z in zs]
