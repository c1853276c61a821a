if x:
    a = (1 2)
	y = 2
