class A[T: (int, str), *Ts, **P]: pass
def f[T = int](): pass
type T[A, *B, **C] = tuple[A, *B]
class B[T,]: pass
