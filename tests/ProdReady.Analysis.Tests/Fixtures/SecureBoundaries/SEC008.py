import os
import stat
import tempfile
from tempfile import mktemp as temp_name


def spool():
    return tempfile.mktemp()  # error


def alias():
    return temp_name(suffix=".txt")  # error


def open_up(path):
    os.chmod(path, 0o777)  # error


def shared(path):
    os.chmod(path, stat.S_IRUSR | stat.S_IWOTH)  # error


def private(path):
    os.chmod(path, 0o600)  # ok


def readable(path):
    os.chmod(path, 0o644)  # ok


def safe_temp():
    return tempfile.mkstemp()  # ok
