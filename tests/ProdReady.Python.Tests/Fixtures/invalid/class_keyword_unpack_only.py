class C(**): pass
