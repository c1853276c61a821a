x: list[int] = []
self.y: int = 0
a[0]: int
(b): int
x: int = yield
