namespace ProdReady.Reporting;

/// <summary>A <c># noqa</c> suppression that the change itself adds: the report shows what was silenced.</summary>
public sealed class NewSuppression
{
    /// <summary>Initializes a new instance of the <see cref="NewSuppression"/> class.</summary>
    /// <param name="path">The file (relative to the root, forward slashes).</param>
    /// <param name="line">The 1-based line of the comment.</param>
    /// <param name="codes">The codes it names; empty for a bare <c># noqa</c> that silences every code.</param>
    public NewSuppression(string path, int line, IEnumerable<string> codes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentNullException.ThrowIfNull(codes);
        Path = path;
        Line = line;
        Codes = codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray().AsReadOnly();
    }

    /// <summary>Gets the file.</summary>
    public string Path { get; }

    /// <summary>Gets the 1-based line of the comment.</summary>
    public int Line { get; }

    /// <summary>Gets the codes it names, distinct and in ordinal order; empty when it silences every code.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Gets a value indicating whether it silences every code (a bare <c># noqa</c>).</summary>
    public bool AllCodes => Codes.Count == 0;

    /// <summary>Returns what it silences as a reader sees it: <c># noqa: DOC101, TYP001</c> or <c># noqa (all codes)</c>.</summary>
    /// <returns>The description.</returns>
    public string Describe() => AllCodes ? "# noqa (all codes)" : "# noqa: " + string.Join(", ", Codes);
}
