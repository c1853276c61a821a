if a:
	if b:
		x = 1
	else:
		y = 2
class C:
	def m(self):
		return 1
