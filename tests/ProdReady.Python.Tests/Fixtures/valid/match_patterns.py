match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case [*_]:
        pass
    case _:
        pass

match point:
    case Point(x=0, y=0):
        print("Origin")
    case Point(0, y=yy) if yy > 0:
        pass
    case Point(x, y, z=3) as p:
        pass
    case (1, 2, *rest):
        pass
    case []:
        pass
    case ():
        pass
    case (x,):
        pass
    case {"a": 1, "b": b, **rest}:
        pass
    case {}:
        pass
    case {1: _, -2: _, 3.5: _, "s" "t": _, b"x": _, None: _, True: _, False: _, Color.RED: _}:
        pass
    case None:
        pass
    case True | False:
        pass
    case -1 | 1.5 | -2j | 1 + 2j | 1 - 3j | -1 + 2j:
        pass
    case "abc" "def" | b"bytes":
        pass
    case Color.RED | mod.Color.GREEN:
        pass
    case int() | str(x) | list([1, 2]):
        pass
    case [1, [2, [3, *more]], {"k": (a, b)}]:
        pass
    case (a | b) as c:
        pass
    case x if x:
        pass

match x,:
    case _:
        pass

match *a, b:
    case _:
        pass

match = 1
case = 2
match(x)
match[1]
_ = 3
print(match, case)
