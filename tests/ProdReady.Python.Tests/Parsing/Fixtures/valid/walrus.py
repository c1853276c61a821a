if (n := len(a)) > 10: pass
while chunk := f.read(): pass
[y := f(x), y**2]
f(x := 1)
x[y := 1]
x[(y := 1):2]
{(a := 1): 2}
