"""Fixture for GLB002 unchanged-module-container: constant tables of an HTTP client module."""
import collections
from collections.abc import Mapping
from typing import Final

RETRYABLE_STATUSES = [502, 503, 504]  # error
DEFAULT_HEADERS = {"User-Agent": "client/1.0"}  # error
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}  # error
__all__ = ["should_retry", "headers_for"]  # ok
TIMEOUTS: Final = {"connect": 5, "read": 30}  # ok
_registry = {}  # ok
_hooks = []  # ok
_shared = collections.OrderedDict()  # ok
_exported = []  # ok
_rebuilt = []  # ok
STREAMS: Mapping[str, str] = {"out": "stdout"}  # ok
_LAST_MINOR = collections.defaultdict(lambda: 50)  # ok


def last_minor(major):
    return _LAST_MINOR[major], STREAMS["out"]


def should_retry(status, method):
    return status in RETRYABLE_STATUSES and method in SAFE_METHODS


def headers_for(token):
    headers = dict(DEFAULT_HEADERS)
    headers["Authorization"] = f"Bearer {token}"
    return headers


def add_hook(hook):
    _hooks.append(hook)


def registry():
    return _registry


def configure(session):
    session.install(_shared)


def reset():
    global _rebuilt
    _rebuilt = []


_exported.extend(["a", "b"])
