using System.Security.Cryptography;
using ProdReady.Semantics.Environment;

namespace ProdReady.Analysis.Engine;

/// <summary>
/// Start-up work that does not depend on the change: the standard-library tables and the hash library loaded, and the parser, the
/// semantic model and every rule run once over a small module held in memory, so that the runtime has loaded their
/// types and bound their code. The gate runs it on a second thread while git computes the change: on a one-file
/// change that work is most of the analysis, and git leaves the processor idle while it waits on its processes.
/// It reads and writes nothing outside the process.
/// </summary>
public static class EngineWarmUp
{
    // Each construct below is one the parser, the model or a rule family treats on its own path.
    private const string Sample = """"
        '''A module: docstring, imports, classes, functions, async code, handlers and comprehensions.'''
        from __future__ import annotations

        import asyncio
        import os.path as osp
        import subprocess
        import time
        import typing as t
        from dataclasses import dataclass, field
        from typing import TYPE_CHECKING, Any

        if TYPE_CHECKING:
            from collections.abc import Iterator

        __all__ = ["Store", "load"]
        LIMIT: t.Final = 100
        _CACHE: dict[str, int] = {}


        @dataclass
        class Store:
            """A store.

            Attributes:
                items: The items.
            """

            items: list[int] = field(default_factory=list)

            @property
            def size(self) -> int:
                """Gets the size."""
                return len(self.items)

            def add(self, value: int, *args: int, key: str | None = None, **kwargs: Any) -> None:
                """Adds a value.

                Args:
                    value: The value.
                    *args: More values.
                    key: A key.
                    **kwargs: Options.

                Raises:
                    ValueError: The value is negative.
                """
                if not 0 <= value <= LIMIT:
                    raise ValueError(f"bad value {value!r:>{key}}")
                self.items += [value, *args]


        def load(path: str, lines: Iterator[str] | None = None) -> t.Iterator[int]:
            """Loads numbers.

            Args:
                path: Where.
                lines: What.

            Yields:
                Each number.
            """
            global _CACHE
            try:
                with open(osp.join(path, "x"), encoding="utf-8") as handle, os_lock() as _:
                    for line in lines or handle:
                        if (n := int(line)) > 0:
                            yield n
            except (OSError, ValueError) as error:
                raise RuntimeError("unreadable") from error
            finally:
                _CACHE.clear()
            squares = {k: v for k, v in enumerate(x * x for x in range(3) if x) if k}
            match squares:
                case {1: y, **rest} if y:
                    del rest
                case [first, *_] | (first, *_):
                    lambda q=first: q
                case _:
                    pass


        async def fetch(delay: float) -> bytes:
            """Fetches.

            Args:
                delay: How long.

            Returns:
                The data.
            """
            time.sleep(delay)
            subprocess.run(f"sleep {delay}", shell=True, check=False)
            async with asyncio.timeout(delay):
                async for chunk in source():
                    await asyncio.sleep(0)
                    return chunk
            assert delay, "never"
            return b""


        def parseLine(Line):
            return Line

        type Pair[T] = tuple[T, T]
        """";

    /// <summary>Loads the tables and runs the engine once over the built-in module.</summary>
    /// <param name="cancellationToken">Stops the run between files.</param>
    /// <returns>The engine's result on the built-in module; the gate discards it.</returns>
    public static AnalysisResult Run(CancellationToken cancellationToken = default)
    {
        _ = StandardLibrary.IsModule("os.path", PythonVersion.Latest);
        _ = StandardLibrary.IsBuiltin("print", PythonVersion.Latest);
        _ = StandardLibrary.IsModuleGlobal("__file__", isPackageInit: false);

        // The project index keys its summary cache by SHA-256, whose first use loads the system's cryptography library.
        using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            sha.AppendData(ReadOnlySpan<byte>.Empty);
            _ = sha.GetHashAndReset();
        }

        var engine = new AnalysisEngine(RuleCatalog.Active);
        return engine.Analyze(
            new AnalysisInput
            {
                Files = [SourceFile.FromText("warm_up.py", Sample)],
                Project = ProjectContext.Default,
                MaxDegreeOfParallelism = 1,
            },
            cancellationToken);
    }
}
