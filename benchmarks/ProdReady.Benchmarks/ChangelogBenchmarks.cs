using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using ProdReady.Changelog;

namespace ProdReady.Benchmarks;

/// <summary>
/// The changelog engine on a 10,000-entry changelog (1,000 releases of 10 entries in up to three change
/// types, with compare links): parse, lint, add an entry, release, and judge the change.
/// </summary>
[MemoryDiagnoser]
public class ChangelogBenchmarks
{
    private static readonly ChangelogLintOptions s_options = new() { TimeProvider = new PinnedClock() };

    private string _text = string.Empty;
    private string _edited = string.Empty;

    /// <summary>Gets the number of entries in the generated changelog.</summary>
    public static int EntryCount => 10_000;

    /// <summary>Builds a changelog with <see cref="EntryCount"/> entries.</summary>
    /// <returns>The text.</returns>
    public static string Generate()
    {
        var builder = new StringBuilder();
        builder.Append("# Changelog\n\nAll notable changes to this project will be documented in this file.\n\n## [Unreleased]\n\n### Added\n\n- Pending feature.\n\n");
        string[] types = ["Added", "Changed", "Fixed"];
        var entries = 1;
        var releases = (EntryCount - 1 + 9) / 10;
        for (var r = releases; r >= 1; r--)
        {
            var version = string.Create(CultureInfo.InvariantCulture, $"{r / 100}.{r / 10 % 10}.{r % 10}");
            var date = new DateOnly(2000, 1, 1).AddDays(r).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            builder.Append(CultureInfo.InvariantCulture, $"## [{version}] - {date}\n\n");
            for (var e = 0; e < 10 && entries < EntryCount; e++, entries++)
            {
                if (e % 4 == 0)
                {
                    builder.Append(CultureInfo.InvariantCulture, $"### {types[e / 4]}\n\n");
                }

                builder.Append(CultureInfo.InvariantCulture, $"- Change number {entries} in release {version}, with a link to [#{entries}](https://example.invalid/issues/{entries}).\n");
                if (e % 4 == 3)
                {
                    builder.Append('\n');
                }
            }

            builder.Append('\n');
        }

        builder.Append("[Unreleased]: https://example.invalid/compare/v99.9.9...HEAD\n");
        for (var r = releases; r >= 1; r--)
        {
            var version = string.Create(CultureInfo.InvariantCulture, $"{r / 100}.{r / 10 % 10}.{r % 10}");
            builder.Append(CultureInfo.InvariantCulture, $"[{version}]: https://example.invalid/releases/tag/v{version}\n");
        }

        return builder.ToString();
    }

    /// <summary>Generates the changelog once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = Generate();
        _edited = ChangelogEditor.AddEntry(_text, ChangeType.Fixed, "A new fix.");
    }

    /// <summary>Parses the changelog.</summary>
    /// <returns>The number of sections, so that the work is not optimised away.</returns>
    [Benchmark]
    public int Parse() => ChangelogDocument.Parse(_text).Sections.Count;

    /// <summary>Parses and lints the changelog, as <c>prodready changelog lint</c> does.</summary>
    /// <returns>The number of findings.</returns>
    [Benchmark]
    public int ParseAndLint() => ChangelogLinter.Lint(ChangelogDocument.Parse(_text), s_options).Count;

    /// <summary>Adds an entry, as <c>prodready changelog add</c> does (parse, insert, verify by re-parsing).</summary>
    /// <returns>The new length.</returns>
    [Benchmark]
    public int AddEntry() => ChangelogEditor.AddEntry(_text, ChangeType.Security, "Escape output.").Length;

    /// <summary>Releases the Unreleased section and updates the compare links.</summary>
    /// <returns>The new length.</returns>
    [Benchmark]
    public int Release() => ChangelogEditor.Release(_text, "100.0.0", new DateOnly(2026, 1, 1)).Length;

    /// <summary>Judges a one-entry change, as the gate does.</summary>
    /// <returns>The number of added entries.</returns>
    [Benchmark]
    public int Compare() => ChangelogDiff.Compare(_text, _edited).AddedEntries.Count;

    private sealed class PinnedClock : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override DateTimeOffset GetUtcNow() => new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }
}
