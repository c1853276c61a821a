lambda x: (yield)
x = yield = 1
