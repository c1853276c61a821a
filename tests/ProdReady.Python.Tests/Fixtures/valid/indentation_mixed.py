if a:
	    x = 1
	    y = 2
if b:
  a = 1
  if d:
     b = 2
  c = 3
if c:
	if d:
		pass
	else:
		pass
