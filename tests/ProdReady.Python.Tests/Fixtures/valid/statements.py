import os
import os.path
import os.path as osp, sys as system
from . import x
from .. import y as z
from .mod import (a, b as c,)
from ...pkg.sub import *
from os import path, sep
from __future__ import annotations

assert x
assert x, "message"
del x
pass
x: int
y: list[int] = []
(z): int = 1
obj.attr: str = "s"
arr[0]: int
raise
raise ValueError
raise ValueError("x") from None


def f():
    return
    return 1
    return 1, 2


for i in range(10):
    if i:
        continue
    elif i > 5:
        break
    else:
        pass
else:
    pass

while True:
    break
else:
    pass

if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass

if x: y = 1; z = 2

for x, y in z: pass
for (x, y) in z: pass
for [x, y] in z: pass
for x.a in z: pass
for x in *a, *b: pass
for x in 1, 2: pass


class Empty: pass
class WithBase(Base): pass
class WithMany(A, B, metaclass=M, **kw): pass
class EmptyParens(): pass
class Docstring:
    """Documented."""

    attr = 1
