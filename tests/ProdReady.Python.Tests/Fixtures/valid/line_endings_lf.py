def f(a,
      b):
    if a:
        return b
    return [
        1,
        2,
    ]


class C:
    x = '''multi
line'''
    y = 1 + \
        2
