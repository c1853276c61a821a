"""A documented module: nothing to report at its top."""  # ok


def _helper():  # ok: private
    pass


class _Private:  # ok: private class
    def method(self):  # ok: the class is private
        pass


def documented():  # ok
    """Do a thing."""
