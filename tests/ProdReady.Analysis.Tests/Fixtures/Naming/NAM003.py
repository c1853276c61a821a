class Base:
    def resize(self, newWidth: int) -> None:  # error
        pass


class Child(Base):
    def resize(self, newWidth: int) -> None:  # ok
        pass


def scale(value: int, Factor: int) -> int:  # error
    return value * Factor


def plain(value: int, factor: int) -> int:  # ok
    return value * factor
