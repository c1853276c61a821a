def f():
    if x:


