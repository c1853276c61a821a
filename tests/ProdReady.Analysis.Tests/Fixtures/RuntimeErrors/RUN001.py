"""Fixture for RUN001 syntax-error."""
import os  # ok


def total(prices)  # error
    return sum(prices)
