# TST007 is a project rule: it needs the tests around a unit, which a one-file fixture has not.
# Its cases run over real project trees in Rules/EdgeCases.
def documented(value):  # ok
    raise ValueError(value)
