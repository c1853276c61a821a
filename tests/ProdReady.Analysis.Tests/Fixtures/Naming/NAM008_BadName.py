# error: the file name is not a lowercase identifier
value = 1  # ok
