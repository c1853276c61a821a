if (n := len(a)) > 10:
    print(n)

while chunk := f.read(10):
    process(chunk)

[y := f(x), y**2, y**3]
filtered = [y for x in data if (y := f(x)) is not None]
print(f"{(x := 10)}")
foo(x := 3, cat="vector")
def f(a=(b := 1)): pass
x = (y := 0)
lambda: (z := 1)
{(a := 1): (b := 2)}
items[(i := 0)]
assert (m := 1)
