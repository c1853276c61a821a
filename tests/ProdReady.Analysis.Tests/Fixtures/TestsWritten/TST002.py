# TST002 is a project rule: it needs the tests around a unit, which a one-file fixture has not.
# Its cases run over real project trees in Rules/TestsWritten.
def documented():  # ok
    return 1
