"""Fixture for RUN006 missing-imported-name: without a project layout nothing is a project module."""
from os.path import nothing_checked_here  # ok
