"""A module exercising most of the tokenizer in a realistic shape."""
from __future__ import annotations

import re  # noqa: F401
from typing import Any, Generic, TypeVar

T = TypeVar("T")
PATTERN = re.compile(r"^(?P<name>[a-z_]\w*)\s*=\s*(?P<value>.+)$", re.I)
BYTES = b"\x00\xff" rb'\d+' Rb"raw"
NUMBERS = [0, 0o17, 0x_FF, 0b1010, 1_000_000, 3.14, 1e-3, .5, 5., 2j, 1.5E+10J]


@decorator(with_args=True)
class Box(Generic[T]):
    '''Holds one value.

    Triple-quoted docstrings span lines, with 'quotes' and "other quotes".
    '''

    __slots__ = ("_value",)

    def __init__(self, value: T, /, *, label: str = "") -> None:
        self._value = value
        self.label = label or f"box of {type(value).__name__!r:>{10}}"

    async def fetch(self, *args: Any, **kwargs: Any) -> T:
        async with self.lock as held:
            await held
        result = [x ** 2 for x in range(10) if x % 2 == 0 and not x in {1, 2}]
        matrix @= other
        total //= 2; total **= 3; total >>= 1; total <<= 2; total ^= ~mask
        if (n := len(result)) > 10 or n != 3 or n <= 1 or n >= 2:
            return lambda y: y
        return \
            self._value

    def describe(self) -> str:
        # TODO: localize
        return (
            f"{self.label=} "
            f'{"nested " + f"{self._value!s}"} '
            f"""{
                self._value  # a comment inside a field
            }"""
            f"{{literal braces}} {self._value:{'>'}{20}.{3}}"
        )


match command.split():
    case [action, obj] if action in ("go", "get"):
        pass
    case {"x": 0, **rest}:
        ...
    case _:
        type Alias[K] = dict[K, list[int]]

try:
    raise ValueError("bad")
except* (ValueError, TypeError) as group:
    del group
finally:
    print("done", end="\n", sep='')

été = "non-ASCII name"
résumé: dict[str, int] = {}
	
if True:
	x = 1  # tab-indented block
	if x:
		y = 2
