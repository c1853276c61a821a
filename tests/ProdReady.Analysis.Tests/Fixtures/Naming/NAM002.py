import ast
import unittest


def parseHeader(line: str) -> str:  # error
    return line


def parse_header(line: str) -> str:  # ok
    return line


class Visitor(ast.NodeVisitor):
    def visit_Name(self, node: ast.Name) -> None:  # ok
        pass


class Case(unittest.TestCase):
    def setUp(self) -> None:  # ok
        pass

    def helperMethod(self) -> None:  # error
        pass


class Base:
    def getValue(self) -> int:  # error
        return 1


class Child(Base):
    def getValue(self) -> int:  # ok
        return 2


def setUpModule() -> None:  # ok
    pass
