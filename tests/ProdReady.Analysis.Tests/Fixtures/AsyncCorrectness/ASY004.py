"""Fixture for ASY004 unsafe-lock-use."""
import asyncio
import threading

_lock = threading.Lock()
_events = []


def record(event):
    _lock.acquire()  # error
    _events.append(event)
    _lock.release()


def record_safely(event):
    _lock.acquire()  # ok
    try:
        _events.append(event)
    finally:
        _lock.release()


def try_record(event):
    if _lock.acquire(timeout=1):  # ok
        try:
            _events.append(event)
        finally:
            _lock.release()


class Cache:
    def __init__(self):
        self._lock = asyncio.Lock()
        self._data = {}

    async def get(self, key):
        with self._lock:  # error
            return self._data.get(key)

    async def put(self, key, value):
        await self._lock.acquire()  # error
        self._data[key] = value
        self._lock.release()

    async def put_safely(self, key, value):
        async with self._lock:  # ok
            self._data[key] = value


class Wrapper:
    def __init__(self):
        self._inner = threading.RLock()

    def __enter__(self):
        self._inner.acquire()  # ok
        return self

    def __exit__(self, *exc):
        self._inner.release()
