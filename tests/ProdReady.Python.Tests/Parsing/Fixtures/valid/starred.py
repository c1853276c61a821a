a = *b, c
for *x, y in z: pass
print(*a, *b)
x[*a]
x[1, *a]
def f(*args: *Ts): pass
return_ = [*a]
