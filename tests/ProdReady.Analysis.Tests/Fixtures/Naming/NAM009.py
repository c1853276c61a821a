class Shape:
    def scale(self, factor: float) -> None:
        pass

    def move(self, dx: float, dy: float) -> None:
        pass


class Circle(Shape):
    def scale(self, ratio: float) -> None:  # error
        pass

    def move(self, dx: float, dy: float, dz: float = 0.0) -> None:  # ok
        pass


class Square(Shape):
    def scale(self, factor: float) -> None:  # ok
        pass

    def move(self, _dx: float, dy: float) -> None:  # ok
        pass
