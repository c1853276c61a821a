match = case = _ = type = 1
print(match, case, _, type)
x.match = x.case = x.type = 2
def match(): pass
def case(type=1): return type
class type: pass
match.foo
case[0]
soft = [match for match in range(3)]
