using System.Collections.Frozen;

namespace ProdReady.Semantics.Environment;

/// <summary>
/// A generated table of names with the first and last Python version that has each
/// (<c>name&lt;TAB&gt;first&lt;TAB&gt;last</c> lines, <c>#</c> comments), read from an embedded resource.
/// </summary>
internal sealed class VersionedNameTable
{
    // Read-only once built, so safe to share between threads; a plain dictionary, since freezing one costs more than a
    // run's few lookups of a name's versions save.
    private readonly Dictionary<string, (PythonVersion First, PythonVersion Last)> _spans;

    // One set per version, built when first asked for: a run asks about its target version alone, and freezing the
    // sets of every version cost each run's start-up several milliseconds.
    private readonly FrozenSet<string>?[] _byVersion;

    private VersionedNameTable(Dictionary<string, (PythonVersion First, PythonVersion Last)> spans)
    {
        _spans = spans;
        _byVersion = new FrozenSet<string>?[PythonVersion.Latest.Minor - PythonVersion.Oldest.Minor + 1];
    }

    /// <summary>Gets the number of names.</summary>
    public int Count => _spans.Count;

    /// <summary>Gets every name of the table, whatever its versions.</summary>
    public IEnumerable<string> AllNames => _spans.Keys;

    /// <summary>Parses table text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">The table's name, for errors.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidOperationException">A line is malformed.</exception>
    public static VersionedNameTable Parse(TextReader reader, string name)
    {
        var spans = new Dictionary<string, (PythonVersion First, PythonVersion Last)>(StringComparer.Ordinal);
        foreach (var (number, fields) in EmbeddedData.Records(reader))
        {
            if (fields.Length != 3 || !PythonVersion.TryParse(fields[1], out var first) || !PythonVersion.TryParse(fields[2], out var last))
            {
                throw new InvalidOperationException($"{name}:{number}: expected name<TAB>first<TAB>last");
            }

            spans[fields[0]] = (first, last);
        }

        return new VersionedNameTable(spans);
    }

    /// <summary>Whether a name exists in a version; versions outside the table are answered as its nearest end.</summary>
    /// <param name="name">The name.</param>
    /// <param name="version">The version.</param>
    /// <returns>Whether the name exists.</returns>
    public bool Contains(string name, PythonVersion version) => Names(version).Contains(name);

    /// <summary>The names that exist in a version; versions outside the table are answered as its nearest end.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The names.</returns>
    public FrozenSet<string> Names(PythonVersion version)
    {
        var clamped = PythonVersion.Clamp(version);
        var index = clamped.Minor - PythonVersion.Oldest.Minor;
        if (Volatile.Read(ref _byVersion[index]) is { } names)
        {
            return names;
        }

        // Two threads may build the same set at once: both results are equal, and the first one stored is kept.
        var built = _spans.Where(pair => pair.Value.First <= clamped && clamped <= pair.Value.Last)
            .Select(pair => pair.Key)
            .ToFrozenSet(StringComparer.Ordinal);
        return Interlocked.CompareExchange(ref _byVersion[index], built, null) ?? built;
    }

    /// <summary>The first and last version that has a name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="first">The first version.</param>
    /// <param name="last">The last version.</param>
    /// <returns>Whether any version has the name.</returns>
    public bool TryGetSpan(string name, out PythonVersion first, out PythonVersion last)
    {
        var found = _spans.TryGetValue(name, out var span);
        (first, last) = span;
        return found;
    }
}
