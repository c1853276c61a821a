import a.b.c as d, e
from . import x
from .. a import (b as c, d,)
from ...x import *
from .... import y
global a, b
del a, b.c, d[0], (e, f), [g]
assert x, "msg"
raise
raise E from None
x += 1; y -= 2; z **= 3;
a = b = c = 1
a, *b = c
[a, b] = c
for x, in y: pass
for (a, b), c in d: pass
else: pass
while x: break
else: continue
if a: pass
elif b: pass
elif c: pass
else: pass
x: int
print(1)
x = yield
x = yield from y
x = await y
