"""Fixture for GLB003 global-statement."""
_client = None
_debug = False
_counter = 0


def get_client():
    global _client  # error
    if _client is None:
        _client = object()
    return _client


def enable_debug():
    global _debug, _counter  # error
    _debug = True


def read_only():
    global _counter  # ok
    return _counter + 1


def bump():
    global _counter  # error
    _counter += 1


global _debug  # ok
