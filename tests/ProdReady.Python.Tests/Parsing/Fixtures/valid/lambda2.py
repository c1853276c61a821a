f = lambda x=1, *a, y=2, **k: (x, a, y, k)
g = lambda a, b, /, c: 0
h = lambda *a: a
i = lambda **k: k
j = lambda a, /: a
