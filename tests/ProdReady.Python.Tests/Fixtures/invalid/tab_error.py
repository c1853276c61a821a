if a:
        x = 1
	y = 2
if b:
    	z = 3
	w = 4
if c:
  a = 1
  if d:
     b = 2
  c = 3
