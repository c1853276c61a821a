f(x for x in y)
f((x for x in y), z)
sum(x*x for x in range(10))
class C(object, **k): pass
