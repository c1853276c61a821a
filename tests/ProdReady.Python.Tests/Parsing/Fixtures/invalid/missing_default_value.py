def f(x=):pass
