"""Fixture for EXC009 unreachable-except-handler."""
import socket


class AppError(Exception):
    pass


class NotFound(AppError):
    pass


def read(path):
    try:
        return open(path).read()
    except OSError:
        return ""
    except FileNotFoundError:  # error
        return None
    except (IOError, ValueError):  # error
        return None


def fetch(client):
    try:
        return client.get()
    except AppError:
        return None
    except NotFound:  # error
        return None
    except socket.timeout:  # ok
        return None
    except TimeoutError:  # error
        return None


def ordered(path):
    try:
        return open(path).read()
    except FileNotFoundError:  # ok
        return None
    except OSError:  # ok
        return ""
