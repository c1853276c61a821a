"""Fixture for RUN005 unresolved-import: the default target is the newest Python."""
import asyncio  # ok
import distutils  # error
import os.path  # ok
import sys

if sys.version_info < (3, 11):
    import imp  # ok

try:
    import cPickle  # ok
except ImportError:
    import pickle as cPickle
