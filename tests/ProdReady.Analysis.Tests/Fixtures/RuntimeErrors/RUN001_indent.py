def f():  # ok
    x = 1
  y = 2  # error
