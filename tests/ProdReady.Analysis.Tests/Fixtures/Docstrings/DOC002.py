"""Parameters missing from Args."""


def transfer(source, target, amount):  # error: amount is missing
    """Move money.

    Args:
        source: The account debited.
        target: The account credited.
    """


def short(value):  # error: a short docstring is not exempt
    """Return the value."""
    return value


def star(*args, **kwargs):  # ok: documented as *args and kwargs
    """Forward.

    Args:
        *args: Positional arguments.
        kwargs: Keyword arguments.
    """


def star_missing(*args, **kwargs):  # error: kwargs is missing
    """Forward.

    Args:
        *args: Positional arguments.
    """


def keyword_only(a, *, b):  # ok: b is documented under Keyword Args
    """Do.

    Args:
        a: First.

    Keyword Args:
        b: Second.
    """


def no_parameters():  # ok: nothing to document
    """Do nothing."""


def _private(x):  # ok: private and no Args section
    """Helper."""


def _private_partial(x, y):  # error: private, but its Args section is incomplete
    """Helper.

    Args:
        x: First.
    """


class Widget:
    """A widget.

    Args:
        name: The widget's name.
    """

    def __init__(self, name, size):  # error: size is missing from the class docstring
        self.name = name

    def resize(self, size):  # ok: self is not documented
        """Resize.

        Args:
            size: The new size.
        """

    @staticmethod
    def build(spec):  # error: a staticmethod's first parameter is a parameter
        """Build a widget."""

    @classmethod
    def create(cls):  # ok: cls is exempt
        """Create a widget."""


class Gadget:
    """A gadget."""

    def __init__(self, name):  # ok: documented on __init__ itself
        """Make a gadget.

        Args:
            name: The name.
        """
