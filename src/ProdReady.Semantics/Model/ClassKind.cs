namespace ProdReady.Semantics.Model;

/// <summary>Kinds of class whose attributes and methods follow special rules.</summary>
[Flags]
public enum ClassKind
{
    /// <summary>An ordinary class.</summary>
    None = 0,

    /// <summary>A <c>typing.Protocol</c> (listed among its bases; a class deriving from a protocol is not one itself).</summary>
    Protocol = 1 << 0,

    /// <summary>An abstract base: derives from <c>abc.ABC</c>, has <c>metaclass=abc.ABCMeta</c>, or declares abstract methods.</summary>
    Abstract = 1 << 1,

    /// <summary>Decorated <c>@dataclasses.dataclass</c> (or <c>typing.dataclass_transform</c>-like decorators of attrs).</summary>
    Dataclass = 1 << 2,

    /// <summary>An attrs class (<c>@attr.s</c>, <c>@attrs.define</c>, <c>@attr.dataclass</c>...).</summary>
    Attrs = 1 << 3,

    /// <summary>A pydantic model (<c>pydantic.BaseModel</c> or a subclass in the file).</summary>
    Pydantic = 1 << 4,

    /// <summary>A <c>typing.NamedTuple</c>.</summary>
    NamedTuple = 1 << 5,

    /// <summary>A <c>typing.TypedDict</c>.</summary>
    TypedDict = 1 << 6,

    /// <summary>An <c>enum.Enum</c> (or <c>IntEnum</c>, <c>StrEnum</c>, <c>Flag</c>, <c>IntFlag</c>).</summary>
    Enum = 1 << 7,

    /// <summary>A <c>unittest.TestCase</c> (or a subclass of one in the file, or <c>IsolatedAsyncioTestCase</c>).</summary>
    TestCase = 1 << 8,

    /// <summary>An exception class (derives from <c>BaseException</c> or a builtin exception).</summary>
    Exception = 1 << 9,
}
