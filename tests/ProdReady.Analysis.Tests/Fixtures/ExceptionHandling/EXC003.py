"""Fixture for EXC003 silent-exception-handler."""
import os


def remove_all(paths):
    for path in paths:
        try:
            os.remove(path)
        except OSError:  # error
            pass


def remove_quietly(paths):
    for path in paths:
        try:
            os.remove(path)
        except FileNotFoundError:  # error
            # already gone: nothing to do
            continue


def lookup_default(table, key):
    try:
        return table[key]
    except KeyError:  # error
        pass  # absent keys fall back to the default below


def lookup(table, key):
    try:
        return table[key]
    except KeyError:  # error
        ...


def broad(path):
    try:
        os.remove(path)
    except Exception:  # error
        pass  # best effort


def bare(path):
    try:
        os.remove(path)
    except:  # error
        pass


def handled(path):
    try:
        os.remove(path)
    except OSError as err:  # ok
        print(err)
