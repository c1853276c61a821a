a = [x for x in range(10)]
b = [x * y for x in range(3) for y in range(3) if x != y if y]
c = {x: y for x, y in pairs}
d = {x for x in "abc"}
e = (x for x in it)
f = sum(x for x in it)
g = sum((x for x in it), start=0)
h = [[y for y in row] for row in matrix]
i = [x for x in (1, 2) if (lambda: x)()]
j = {k: [v for v in vs] for k, vs in groups.items() if k}
k = [x async for x in aiter()] if 0 else None
l = [(a, b) for a, b in zip(x, y)]
m = [x for x in [1, 2] for x in [3, 4]]
n = [x if x else -x for x in xs]
