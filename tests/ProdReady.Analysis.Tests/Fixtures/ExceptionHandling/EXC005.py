"""Fixture for EXC005 raise-generic-exception."""
import builtins


def withdraw(balance, amount):
    if amount > balance:
        raise Exception("insufficient funds")  # error
    if amount < 0:
        raise BaseException  # error
    if amount == 0:
        raise builtins.Exception("zero")  # error
    if amount > 1000:
        raise ValueError("too much")  # ok
    return balance - amount


def shadowed():
    Exception = RuntimeError
    raise Exception("local class")  # ok
