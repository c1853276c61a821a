class Point:
    def scaled(this, factor: float) -> None:  # error
        pass

    @classmethod
    def origin(self) -> None:  # error
        pass

    def moved(self, dx: float) -> None:  # ok
        pass

    @classmethod
    def parse(cls, text: str) -> None:  # ok
        pass

    @staticmethod
    def helper(value: int) -> None:  # ok
        pass

    def __new__(cls) -> "Point":  # ok
        return super().__new__(cls)


class Meta(type):
    def __new__(mcs, name: str, bases: tuple[type, ...], ns: dict[str, object]) -> "Meta":  # ok
        return super().__new__(mcs, name, bases, ns)

    def method(cls) -> None:  # ok
        pass
