x[*a:b]
