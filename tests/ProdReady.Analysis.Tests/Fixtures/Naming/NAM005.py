from typing import TypeVar


def total(rows: list[int]) -> int:
    runningTotal = 0  # error
    for Row in rows:  # error
        runningTotal += Row
    T = TypeVar("T")  # ok
    Alias = dict  # ok
    running = 1  # ok
    return runningTotal + running
