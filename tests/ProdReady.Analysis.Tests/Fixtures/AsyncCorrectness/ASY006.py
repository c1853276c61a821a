"""Fixture for ASY006 unguarded-shared-state: a rate limiter, a connection pool and worker threads."""
import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

_connections = 0
_results = []
_results_lock = threading.Lock()
_seen = {}


class RateLimiter:
    def __init__(self):
        self.tokens = 10
        self._lock = asyncio.Lock()

    async def acquire(self):
        tokens = self.tokens
        await self.refill()
        self.tokens = tokens - 1  # error

    async def acquire_safely(self):
        async with self._lock:
            tokens = self.tokens
            await self.refill()
            self.tokens = tokens - 1  # ok

    async def refill(self):
        await asyncio.sleep(0.1)


class Pool:
    def __init__(self):
        self._closed = False
        self._idle = []

    async def close(self):
        if self._closed:
            return
        await asyncio.sleep(0)
        self._closed = True  # ok

    async def grow(self, extra):
        self.size += await self.measure(extra)  # error

    async def measure(self, extra):
        await asyncio.sleep(0)
        return extra

    async def release(self, connection):
        self._idle.append(connection)  # ok
        await asyncio.sleep(0)


async def open_connection():
    global _connections
    current = _connections
    await asyncio.sleep(0)
    _connections = current + 1  # error


def worker(item):
    _seen[item] = True  # error
    with _results_lock:
        _results.append(item)  # ok


def start(items):
    threads = [threading.Thread(target=worker, args=(item,)) for item in items]
    with ThreadPoolExecutor() as pool:
        pool.submit(worker, items[0])
    return threads
