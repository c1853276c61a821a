import functools


@functools.lru_cache(maxsize=None)
def cached(x):
    return x


@property
@other.attr[0](1, *a, **k)
@(lambda f: f)
@x if y else z
@a := b
def many():
    pass


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    @staticmethod
    def origin() -> "Point":
        return Point(0, 0)

    @classmethod
    async def create(cls, *args):
        return cls(*args)
