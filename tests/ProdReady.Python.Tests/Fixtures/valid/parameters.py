def f0(): pass
def f1(a): pass
def f2(a, b=1): pass
def f3(a, /, b, *, c): pass
def f4(a, b=2, /, c=3, *args, d, e=5, **kwargs): pass
def f5(*, a, b=1): pass
def f6(*args): pass
def f7(**kwargs): pass
def f8(a: int, b: str = "x", *args: int, c: "C" = None, **kw: dict) -> None: pass
def f9(a, /): pass
def f10(a=1, /, b=2): pass
def f11(*args: *Ts): pass
def f12(a, b, /, *, c): pass
def f13(a,): pass
def f14(*, a,): pass
def f15(
    a,
    b: int = 3,
    /,
    c=4,
    *d,
    e,
    **f,
): pass

l0 = lambda: 0
l1 = lambda a: a
l2 = lambda a, b=1: a
l3 = lambda a, /, b, *, c: a
l4 = lambda a, b=2, /, c=3, *args, d, e=5, **kwargs: a
l5 = lambda *, a: a
l6 = lambda *args, **kwargs: args
l7 = lambda a=1, /: a
l8 = lambda x: lambda y: x + y
