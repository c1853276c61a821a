x = a...b
