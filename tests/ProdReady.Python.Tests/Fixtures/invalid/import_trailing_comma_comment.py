from x import a, # more to come
