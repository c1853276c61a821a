@property
def x(self): pass
@a
@b
async def y(): pass
@x[0]
@(lambda f: f)
class Z: pass
