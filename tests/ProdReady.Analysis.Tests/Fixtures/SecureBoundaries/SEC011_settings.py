DEBUG = True  # ok
