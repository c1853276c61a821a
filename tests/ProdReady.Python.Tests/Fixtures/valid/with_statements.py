with open("a") as f:
    pass

with open("a") as f, open("b") as g:
    pass

with (open("a") as f, open("b") as g):
    pass

with (
    open("a") as f,
    open("b") as g,
):
    pass

with (a, b):
    pass

with (a):
    pass

with (yield):
    pass

with a as (b, c), d as [e, f], g as h.i, j as k[0]:
    pass

with (open("x")) as f:
    pass

with (a, b) as c:
    pass
