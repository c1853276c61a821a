"""Fixture for EXC006 assert-statement: a pytest module (named *_test.py), where assert is how tests check."""


def test_transfer():
    assert 1 + 1 == 2  # ok
