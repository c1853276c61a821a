a, *b = [1, 2, 3]
*a, b = range(5)
a, *b, c = x
(a, b), c = d
[a, [b, c]] = d
first, *_ = items
print(*args, *more, sep="")
f(**kw, **other)
x = [*a, *b]
y = {*a, *b}
z = {**a, "k": 1, **b}
t = *a, *b
for x, *y in z:
    pass
return_value = (*a, b)
del a, (b, c), [d]
del x[0], y.z
s = a[1:2, *idx]
def g():
    return *a, *b
def h():
    yield *a, b
