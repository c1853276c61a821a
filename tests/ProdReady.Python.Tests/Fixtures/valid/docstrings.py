"""Module docstring."""


def f():
    """Function docstring."""


class C:
    r"""Raw class docstring."""

    def m(self):
        '''Method
        docstring.'''
        return 1


b"not a docstring"
f"also not {1}"
