if x: a; b;
def f(): return 1;
class C: pass;
