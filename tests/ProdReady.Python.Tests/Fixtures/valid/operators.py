a = 1 + 2 - 3 * 4 / 5 // 6 % 7 @ m ** 8
b = -x ** -y
c = (a | b ^ c & d << e >> f)
d = not a and b or not c
e = a < b <= c > d >= e == f != g
f = a in b not in c is d is not e
g = a if b else c if d else e
h = x[1:2], x[::], x[1:], x[:2], x[::3], x[1:2:3], x[:, 1], x[...], x[a, b:c]
i = a.b.c.d(e)(f)[g].h
j = lambda: a if b else c
k = (a, b), (a,), (), [a], [], {a: b}, {}, {a}
l = a or b and c
m = (not a) == b
n = a ** b ** c
o = -a * +b
p = ~a & ~b
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2
x @= m; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
a = b = c = 0
a.b = c[d] = e
q = ...
r = x[1:2, ::3]
s = x[(1, 2)]
t = x[()]
u = f(a)(b)(c)
v = f(a, b=1, *c, d=2, **e)
w = f(*a, b)
y = f(a for a in b)
z = (yield) if False else None
