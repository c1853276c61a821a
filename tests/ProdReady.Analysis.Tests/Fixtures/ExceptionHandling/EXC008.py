"""Fixture for EXC008 raise-non-exception."""


class Shape:
    def area(self):
        raise NotImplemented  # error

    def perimeter(self):
        raise NotImplemented("subclasses")  # error

    def name(self):
        raise "no name"  # error

    def code(self):
        raise "bad code: %s" % self  # error

    def ok(self):
        raise NotImplementedError("subclasses compute their area")  # ok


def local():
    NotImplemented = ValueError
    raise NotImplemented  # ok
