x = 1 + \
    2
if a and \
   b:
    pass
with a as b, \
     c as d:
    pass
assert x, \
    'msg'
y = [1,
     2]\
    [0]
def g(\
):
    return \
        1
\
z = 3
