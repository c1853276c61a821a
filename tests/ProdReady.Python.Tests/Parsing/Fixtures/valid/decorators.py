@a.b(c)
@d
async def f[T: int = str, *Ts = *tuple[int], **P = [int]](x: int = 1, /, y=2, *args: *Ts, z, w=3, **kw) -> None:
    await x
    async for a in b: pass
    async with c as d, e: pass
    return [i async for i in g() if i]
@dec
class C[T](A, B, metaclass=M, **kw):
    x: int
    (y): int = 3
    a.b: str
    c[0]: int = 1
