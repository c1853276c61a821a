namespace ProdReady.Python.Tests.Conformance;

/// <summary>
/// The committed allow-list <c>Fixtures/known-differences.txt</c>: one line per known gap between the
/// parser and CPython, <c>FIXTURE ASPECT REASON</c> (aspects: <c>ast</c>, <c>rejected</c>, <c>accepted</c>, <c>column</c>,
/// <c>line</c>, <c>type</c>, <c>message</c>). A listed gap that no longer occurs fails too, so the list
/// only ever holds real differences.
/// </summary>
internal static class KnownDifferences
{
    public static readonly IReadOnlyList<string> Aspects = ["ast", "rejected", "accepted", "line", "column", "type", "message"];

    private static readonly Lazy<IReadOnlyList<Entry>> s_entries = new(Load);

    public static IReadOnlyList<Entry> Entries => s_entries.Value;

    public static string FilePath => Path.Combine(FixtureFiles.Root, "known-differences.txt");

    /// <summary>Fails unless <paramref name="difference"/> is null and unlisted, or non-null and listed.</summary>
    public static void Check(string fixture, string aspect, string? difference)
    {
        var listed = Entries.Any(entry => entry.Fixture == fixture && entry.Aspect == aspect);
        if (difference is not null && !listed)
        {
            Assert.Fail($"{fixture} differs from CPython ({aspect}): {difference}");
        }

        if (difference is null && listed)
        {
            Assert.Fail($"{fixture} now agrees with CPython ({aspect}): remove its line from known-differences.txt");
        }
    }

    private static List<Entry> Load()
    {
        var entries = new List<Entry>();
        foreach (var raw in File.ReadAllLines(FilePath))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3)
            {
                throw new FormatException($"known-differences.txt: expected 'FIXTURE ASPECT REASON': {raw}");
            }

            entries.Add(new Entry(parts[0], parts[1], parts[2]));
        }

        return entries;
    }

    internal sealed record Entry(string Fixture, string Aspect, string Reason);
}
