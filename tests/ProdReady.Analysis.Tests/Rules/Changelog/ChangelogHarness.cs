using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Git.Changes;
using ProdReady.Git.Diff;

namespace ProdReady.Analysis.Tests.Rules.Changelog;

/// <summary>Runs changelog rules through the engine over a one-file change.</summary>
internal static class ChangelogHarness
{
    public const string Released = """
        # Changelog
        All notable changes to this project will be documented in this file.

        ## [Unreleased]

        ## [1.0.0] - 2026-01-10
        ### Added
        - Export to CSV.

        [Unreleased]: https://example.invalid/compare/v1.0.0...HEAD
        [1.0.0]: https://example.invalid/releases/tag/v1.0.0

        """;

    public const string NewApi = "def export_json(rows):\n    return rows\n";

    public static readonly DateTimeOffset Today = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Runs <paramref name="rule"/>; <paramref name="source"/> is a new file <c>pkg/api.py</c> unless <paramref name="changedLines"/> says which lines of an existing one changed.</summary>
    public static IReadOnlyList<Diagnostic> Run(Rule rule, string? baseText, string? currentText, string source = NewApi, (int Start, int End)[]? changedLines = null, bool changeMode = true)
    {
        var isNew = changedLines is null;
        var change = new ChangeSet(
            "/repo",
            isGitRepository: true,
            changeMode ? ChangeScope.SinceMergeBase : ChangeScope.WholeTree,
            "test change",
            "main",
            null,
            [new ChangedFile("pkg/api.py", null, isNew ? FileChangeStatus.Added : FileChangeStatus.Modified, isNew, isNew || !changeMode, false,
                ChangedLines.From((changedLines ?? []).Select(l => new LineRange(l.Start, l.End))))],
            []);
        var input = new AnalysisInput
        {
            Files = [SourceFile.FromText("pkg/api.py", source)],
            Change = change,
            Changelog = new ChangelogInput("CHANGELOG.md", currentText, baseText),
            Clock = new FixedClock(Today),
        };
        return new AnalysisEngine([rule]).Analyze(input, TestContext.Current.CancellationToken).Diagnostics;
    }

    public static string WithUnreleased(string entries) => Released.Replace("## [Unreleased]\n", "## [Unreleased]\n" + entries, StringComparison.Ordinal);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
