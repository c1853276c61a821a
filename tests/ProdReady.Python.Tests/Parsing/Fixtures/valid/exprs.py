x = a if b else c
y = lambda a, /, b=1, *c, d, **e: a
z = lambda: 0
w = lambda *, k: k
v = not a and b or c
u = a < b <= c != d is not e not in f in g is h
t = -a ** -b
s = ~a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
r = (yield)
q = [*a, *b]
p = {**a, "b": 1, **c}
o = {1, 2, *c}
n = (x := 10)
m = a[1:2, ::3, ...]
l = a[:]
k = a[1:2:]
j = f(*a, b, *c, d=1, **e, f=2)
i = f(x for x in y)
h = {k: v for k, v in d.items() if k}
g = {x for x in y}
f2 = (x for x in y for z in x if z if not z)
e = a.b.c().d[0]
d = ()
c = (1,)
b = 1,
a = (1, 2,)
