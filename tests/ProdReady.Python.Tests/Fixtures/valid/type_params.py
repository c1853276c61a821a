type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]
type Alias[*Ts, **P] = Callable[P, tuple[*Ts]]
type Bounded[T: int, U: (str, bytes)] = dict[T, U]
type Defaulted[T = int, *Ts = *tuple[int], **P = [int, str]] = None


def func[T](a: T) -> T:
    return a


def func2[T: Hashable, *Ts, **P](x: T, *args: *Ts) -> Callable[P, T]:
    pass


async def afunc[T = str](x: T) -> T:
    return x


class ClassA[T: (int, str) = int, U = float]:
    def method[V](self, v: V) -> T | U | V:
        pass


class ClassB[T](Base[T], metaclass=Meta):
    pass


class ClassC[*Ts = *tuple[int, ...], **P = ...]:
    pass


type = 1
type.x = 2
print(type)
