match x:
    case 1 | -2 | 3.5 | 1+2j | -1-2j:
        pass
    case "a" "b" | b"x":
        pass
    case None | True | False:
        pass
    case [a, *rest, b] | (c, d) | ():
        pass
    case {1: a, "k": b, x.y: c, **rest}:
        pass
    case Point(1, y=2, z=_) as p if p.x > 0:
        pass
    case a.b.c:
        pass
    case (x):
        pass
    case [*_]:
        pass
    case _:
        pass
match a, *b:
    case 1, 2, *_, :
        pass
match = 1
match.x = 2
match(x)
match[1]
case = 3
type = 4
type X[T] = list[T]
type Y = int | None
