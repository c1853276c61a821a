f(x):
