def stub(x: int) -> int: ...  # ok
class C:
    def method(self) -> None: ...  # ok
