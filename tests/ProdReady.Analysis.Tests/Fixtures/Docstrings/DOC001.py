import typing as t  # error: the module has no docstring
from typing_extensions import override

__all__ = ["Account", "open_account", "Base", "Child", "Plain", "NotListedHelper"]


class Account:  # error: public class without a docstring
    def __init__(self, owner):  # ok: __init__ is documented on the class
        self.owner = owner

    def deposit(self, amount):  # error: public method without a docstring
        self.balance += amount

    def _audit(self):  # ok: private
        pass

    def __repr__(self):  # ok: special methods are exempt
        return "Account()"

    @property
    def owner_name(self):  # error: a property getter is a public method
        return self.owner

    @owner_name.setter
    def owner_name(self, value):  # ok: setters are exempt
        self.owner = value

    class Ledger:  # error: nested public class
        pass


def open_account(owner):  # error: public function
    return Account(owner)


def not_listed():  # ok: not in __all__
    pass


class Base:
    """A documented base."""

    def run(self):
        """Run the job."""

    def undocumented(self):  # error: undocumented base method
        pass


class Child(Base):
    """A child."""

    def run(self):  # ok: inherits Base.run's docstring
        pass

    def undocumented(self):  # error: the base method has no docstring to inherit
        pass

    @override
    def stop(self):  # ok: marked @override
        pass


class Plain:
    """Plain."""

    @t.overload
    def get(self, key: int) -> int: ...  # ok: overload signatures are exempt
    @t.overload
    def get(self, key: str) -> str: ...  # ok
    def get(self, key):  # error: the implementation needs a docstring
        return key

    def outer(self):
        """Documented."""

        def inner():  # ok: nested in a function
            pass

        return inner
