"""Fixture for GLB001 mutated-module-state: a plugin registry, a memo cache and a metrics buffer."""
import collections
from collections import defaultdict as dd

_PLUGINS = {}  # error
_memo = dict()  # error
_pending_metrics = collections.deque()  # error
_counts = dd(int)  # error
_BUILTIN_FORMATS = {"json": "application/json"}  # ok
_load_order = []  # ok
_load_order.append("core")
_aliases = {}  # ok
_last_minor = collections.defaultdict(lambda: 50)  # error


def register(name):
    def decorator(plugin):
        _PLUGINS[name] = plugin
        return plugin

    return decorator


def fibonacci(n):
    if n in _memo:
        return _memo[n]
    result = n if n < 2 else fibonacci(n - 1) + fibonacci(n - 2)
    _memo.setdefault(n, result)
    return result


class Reporter:
    def record(self, metric):
        _pending_metrics.append(metric)

    def flush(self):
        _counts["flushes"] += 1


def minor_for(major):
    return _last_minor[major]


def lookup(name):
    _aliases = {}
    _aliases[name] = name
    return _BUILTIN_FORMATS.get(name)
