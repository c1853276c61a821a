using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ProdReady.Semantics.Index;
using ProdReady.Semantics.Tests.Model;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Semantics.Tests.Index;

/// <summary>
/// The binary form of cached summaries: a summary must read back exactly as it was made (every field, null apart from
/// empty, negative numbers, strings written once), and bytes that are damaged, cut short or of another form must not
/// read back at all.
/// </summary>
public sealed class SummaryCodecTests
{
    private const string Source = """"
        import os
        from typing import TYPE_CHECKING, Any
        import pytest
        from .helpers import make as build

        if TYPE_CHECKING:
            from collections.abc import Iterator

        __all__ = ["Cart", "total", "fetch"]


        class Base:
            pass


        class Cart(Base):
            """A cart."""

            def __init__(self, items: list[int] | None = None) -> None:
                self.items = items or []

            def add(self, item: int) -> None:
                """Adds an item."""
                if item < 0:
                    raise ValueError("negative")
                self.items.append(item)

            def total(self, rate: float = 1.0) -> float:
                return sum(self.items) * rate


        def total(values: list[int], limit: int = -5) -> int:
            if not 0 <= limit <= 100:
                raise ValueError(limit)
            return len(values) + os.getpid()


        async def fetch(url: str) -> bytes:
            return url.encode()


        @pytest.fixture
        def cart():
            yield Cart([1, 2])


        @pytest.mark.parametrize("value", [0, -1, 100])
        def test_total(value, cart):
            assert total([value]) >= 0
            with pytest.raises(ValueError):
                cart.add(-1)


        def __getattr__(name: str) -> Any:
            return build(name)
        """";

    private static readonly JsonSerializerOptions s_json = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private static ModuleSummary Summary(bool facts = true) =>
        ModuleSummarizer.Summarize(ModelHarness.Build(Source, "shop.cart", path: "shop/cart.py"), "shop/cart.py", "0123abcd", parsed: true, unitFacts: facts);

    private static string Json(ModuleSummary summary) => JsonSerializer.Serialize(summary, s_json);

    [Fact]
    public void A_summary_reads_back_with_every_field_as_it_was()
    {
        var summary = Summary();
        Assert.NotNull(summary.Units);
        Assert.Contains(summary.Units!, u => u.Calls is { Count: > 0 });
        Assert.Contains(summary.Units!, u => u.Raises is { Count: > 0 });

        var decoded = SummaryCodec.Decode(SummaryCodec.Encode(summary));

        Assert.NotNull(decoded);
        Assert.Equal(Json(summary), Json(decoded!));
    }

    [Fact]
    public void A_summary_without_facts_reads_back_without_them()
    {
        var summary = Summary(facts: false);

        var decoded = SummaryCodec.Decode(SummaryCodec.Encode(summary));

        Assert.Null(decoded!.Units);
        Assert.Equal(Json(summary), Json(decoded));
    }

    [Fact]
    public void Null_and_empty_lists_negative_numbers_and_repeated_strings_keep_their_values()
    {
        var unit = new UnitFacts
        {
            Name = "f",
            Kind = "function",
            Line = -3,
            Column = int.MaxValue,
            EndLine = int.MinValue,
            Calls = ["builtins.len", "builtins.len", "?builtins.len"],
            PlatformCalls = [],
            BareCalls = [0, -1],
            Markers = null,
            Seeds = true,
            RunsLoop = true,
        };
        var summary = new ModuleSummary
        {
            Module = "m",
            Path = "m.py",
            Hash = "h",
            Names = [],
            TypeCheckingNames = ["f"],
            StarImports = [],
            AsyncFunctions = [],
            Classes = new Dictionary<string, ClassSummary>(StringComparer.Ordinal)
            {
                ["C"] = new ClassSummary { Bases = [], Methods = ["f"], Parameters = new Dictionary<string, List<string>>(StringComparer.Ordinal) { ["f"] = [] } },
            },
            Units = [unit],
            Imported = new Dictionary<string, string>(StringComparer.Ordinal),
            InstallsModules = true,
        };

        var decoded = SummaryCodec.Decode(SummaryCodec.Encode(summary))!;

        Assert.Equal(Json(summary), Json(decoded));
        var read = decoded.Units![0];
        Assert.Equal((-3, int.MaxValue, int.MinValue), (read.Line, read.Column, read.EndLine));
        Assert.Null(read.Markers);
        Assert.NotNull(read.PlatformCalls);
        Assert.Empty(read.PlatformCalls!);
        Assert.Same(read.Calls![0], read.Calls[1]);
        Assert.Null(decoded.All);
        Assert.Empty(decoded.Imported!);
    }

    [Fact]
    public void A_summary_far_larger_than_the_first_buffer_with_texts_of_every_width_reads_back()
    {
        // Some 3,000 units of numbers past the 7-bit boundaries and texts of one- to four-byte characters: the body grows
        // its pooled buffer several times, and each string's length is counted in UTF-8 bytes, not characters.
        var units = new List<UnitFacts>();
        for (var i = 0; i < 3000; i++)
        {
            units.Add(new UnitFacts
            {
                Name = $"f{i}",
                Kind = "function",
                Line = i * 131,
                Column = -i,
                EndLine = 1 << (i % 31),
                Calls = [$"m.g{i}", $"m.\u00e9t\u00e9{i % 7}", $"m.\u4e2d{i % 11}", $"m.\U0001F600{i % 5}", new string('x', 120 + (i % 300))],
                BareCalls = [i % 3, 200 + i],
            });
        }

        var summary = new ModuleSummary
        {
            Module = "m",
            Path = "m.py",
            Hash = "h",
            Names = [],
            TypeCheckingNames = [],
            StarImports = [],
            AsyncFunctions = [],
            Classes = new Dictionary<string, ClassSummary>(StringComparer.Ordinal),
            Units = units,
        };

        var encoded = SummaryCodec.Encode(summary);
        var decoded = SummaryCodec.Decode(encoded);

        Assert.True(encoded.Length > 4 * 16384);
        Assert.NotNull(decoded);
        Assert.Equal(Json(summary), Json(decoded!));
        Assert.Equal("m.\U0001F6003", decoded!.Units![3].Calls![3]);
    }

    [Fact]
    public void Every_field_of_a_unit_keeps_its_own_value()
    {
        // Each list holds values named after its property, each number its own, and each flag is set alone in one unit:
        // a field written in one place and read into another would show.
        var properties = typeof(UnitFacts).GetProperties().Where(p => p.CanWrite).ToList();
        var flags = properties.Where(p => p.PropertyType == typeof(bool)).ToList();
        var units = new List<UnitFacts>();
        for (var u = 0; u <= flags.Count; u++)
        {
            var unit = new UnitFacts { Name = "unit" + u, Kind = "kind" + u };
            var n = 0;
            foreach (var property in properties)
            {
                n++;
                if (property.PropertyType == typeof(List<string>))
                {
                    property.SetValue(unit, new List<string> { property.Name + "-a", property.Name + "-b" + u });
                }
                else if (property.PropertyType == typeof(List<int>))
                {
                    property.SetValue(unit, new List<int> { n, -n, u });
                }
                else if (property.PropertyType == typeof(int))
                {
                    property.SetValue(unit, (n * 1000) + u);
                }
                else if (property.PropertyType == typeof(string) && property.Name is not nameof(UnitFacts.Name) and not nameof(UnitFacts.Kind))
                {
                    property.SetValue(unit, property.Name + u);
                }
                else if (property.PropertyType == typeof(bool))
                {
                    property.SetValue(unit, u < flags.Count && flags[u] == property);
                }
            }

            units.Add(unit);
        }

        Assert.True(properties.Count >= 30);
        var summary = new ModuleSummary
        {
            Module = "m", Path = "m.py", Hash = "h", Names = ["a"], TypeCheckingNames = ["b"], All = ["c"], StarImports = ["d"], AsyncFunctions = ["e"],
            Classes = new Dictionary<string, ClassSummary>(StringComparer.Ordinal)
            {
                ["C"] = new ClassSummary { Bases = ["f"], Methods = ["g"], IsGeneric = true, DocumentedMethods = ["h"], Parameters = new Dictionary<string, List<string>>(StringComparer.Ordinal) { ["g"] = ["i"] } },
            },
            Units = units, Routes = ["j"], Imported = new Dictionary<string, string>(StringComparer.Ordinal) { ["k"] = "l" },
        };

        foreach (var flag in (string[])[nameof(ModuleSummary.HasGetattr), nameof(ModuleSummary.HasDynamicGlobals), nameof(ModuleSummary.InstallsModules), nameof(ModuleSummary.Parsed), string.Empty])
        {
            var one = SummaryCodec.Decode(SummaryCodec.Encode(WithFlag(summary, flag)))!;
            Assert.Equal(Json(WithFlag(summary, flag)), Json(one));
        }
    }

    [Theory]
    [InlineData("flipped")]
    [InlineData("truncated")]
    [InlineData("empty")]
    [InlineData("json")]
    public void Damaged_bytes_do_not_read_back(string damage)
    {
        var bytes = SummaryCodec.Encode(Summary());
        var damaged = damage switch
        {
            "flipped" => Flip(bytes),
            "truncated" => bytes[..(bytes.Length / 2)],
            "empty" => [],
            _ => System.Text.Encoding.UTF8.GetBytes("{\"module\":\"m\"}"),
        };

        Assert.Null(SummaryCodec.Decode(damaged));
    }

    [Fact]
    public void A_whole_file_of_another_form_does_not_read_back()
    {
        // Sealed (so whole), but not a summary: the body is checked field by field and to its end.
        Assert.Null(SummaryCodec.Decode(CacheFile.Seal("prodready summary 1"u8)));
        var bytes = SummaryCodec.Encode(Summary());
        var longer = CacheFile.Seal([.. bytes.AsSpan(0, bytes.Length - CacheFile.SealLength), 0]);
        Assert.Null(SummaryCodec.Decode(longer));
    }

    /// <summary>A copy of a summary with one of its flags set (none for an empty name).</summary>
    private static ModuleSummary WithFlag(ModuleSummary summary, string flag) => new()
    {
        Module = summary.Module, Path = summary.Path, Hash = summary.Hash, Names = summary.Names, TypeCheckingNames = summary.TypeCheckingNames,
        All = summary.All, StarImports = summary.StarImports, AsyncFunctions = summary.AsyncFunctions, Classes = summary.Classes, Units = summary.Units,
        Routes = summary.Routes, Imported = summary.Imported,
        HasGetattr = flag == nameof(ModuleSummary.HasGetattr),
        HasDynamicGlobals = flag == nameof(ModuleSummary.HasDynamicGlobals),
        InstallsModules = flag == nameof(ModuleSummary.InstallsModules),
        Parsed = flag == nameof(ModuleSummary.Parsed),
    };

    private static byte[] Flip(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        copy[copy.Length / 3] ^= 0x5a;
        return copy;
    }
}
