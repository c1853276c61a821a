class C[x y]: pass
