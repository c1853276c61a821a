"""Fixture for EXC002 swallowed-broad-exception."""
import logging
import traceback
from builtins import Exception as AnyError

logger = logging.getLogger(__name__)
DEFAULTS = {}


def load(path):
    try:
        return read(path)
    except Exception:  # error
        return DEFAULTS


def load_tuple(path):
    try:
        return read(path)
    except (OSError, BaseException):  # error
        return None


def load_alias(path):
    try:
        return read(path)
    except AnyError:  # error
        return None


def logged(path):
    try:
        return read(path)
    except Exception:  # ok
        logger.exception("cannot read %s", path)
        return DEFAULTS


def with_exc_info(path):
    try:
        return read(path)
    except Exception:  # ok
        logger.warning("cannot read %s", path, exc_info=True)
        return DEFAULTS


def reraised(path):
    try:
        return read(path)
    except Exception:  # ok
        cleanup()
        raise


def converted(path):
    try:
        return read(path)
    except Exception as err:  # ok
        return {"error": str(err)}


def printed(path):
    try:
        return read(path)
    except Exception:  # ok
        traceback.print_exc()


def silent(path):
    try:
        return read(path)
    except Exception:  # ok
        pass


def specific(path):
    try:
        return read(path)
    except OSError:  # ok
        return None


def read(path):
    return path


def cleanup():
    return None
