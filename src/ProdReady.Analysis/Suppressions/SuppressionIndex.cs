namespace ProdReady.Analysis.Suppressions;

/// <summary>
/// The <c># noqa</c> directives of one file, by line, answering whether a finding is silenced and
/// remembering which directives (and which of their codes) were used, so unused ones can be reported.
/// </summary>
/// <remarks>Built once per file and queried by the thread that analyses that file; it is not thread-safe.</remarks>
public sealed class SuppressionIndex
{
    private readonly Dictionary<int, List<Entry>> _byLine = [];
    private readonly List<Entry> _entries = [];

    /// <summary>Initializes a new instance of the <see cref="SuppressionIndex"/> class.</summary>
    /// <param name="directives">The directives of the file, in any order; malformed ones silence nothing.</param>
    public SuppressionIndex(IEnumerable<NoqaDirective> directives)
    {
        ArgumentNullException.ThrowIfNull(directives);
        foreach (var directive in directives)
        {
            ArgumentNullException.ThrowIfNull(directive, nameof(directives));
            var entry = new Entry(directive);
            _entries.Add(entry);
            if (directive.IsMalformed)
            {
                continue;
            }

            if (!_byLine.TryGetValue(directive.Line, out var onLine))
            {
                onLine = [];
                _byLine.Add(directive.Line, onLine);
            }

            onLine.Add(entry);
        }
    }

    /// <summary>Gets every directive of the file, malformed ones included, in the order given.</summary>
    public IReadOnlyList<NoqaDirective> Directives => _entries.ConvertAll(entry => entry.Directive);

    /// <summary>Says whether a finding with <paramref name="code"/> on <paramref name="line"/> is silenced, and records the use.</summary>
    /// <param name="code">The finding's rule code.</param>
    /// <param name="line">The 1-based line the finding is reported on.</param>
    /// <returns><see langword="true"/> when a directive on that line is blanket or names the code.</returns>
    public bool IsSuppressed(string code, int line)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!_byLine.TryGetValue(line, out var onLine))
        {
            return false;
        }

        var suppressed = false;
        foreach (var entry in onLine)
        {
            if (entry.Directive.Covers(code))
            {
                entry.UsedCodes.Add(code);
                suppressed = true;
            }
        }

        return suppressed;
    }

    /// <summary>Gets the well-formed directives that have silenced nothing so far.</summary>
    /// <returns>The unused directives, in the order given.</returns>
    public IReadOnlyList<NoqaDirective> UnusedDirectives() =>
        _entries.Where(entry => !entry.Directive.IsMalformed && entry.UsedCodes.Count == 0)
            .Select(entry => entry.Directive)
            .ToList();

    /// <summary>Gets the codes a directive names that have silenced nothing so far (empty for a blanket directive).</summary>
    /// <param name="directive">A directive of this index.</param>
    /// <returns>The unused codes, in the directive's order.</returns>
    public IReadOnlyList<string> UnusedCodes(NoqaDirective directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        var entry = _entries.Find(candidate => ReferenceEquals(candidate.Directive, directive))
            ?? throw new ArgumentException("The directive does not belong to this index.", nameof(directive));
        return directive.Codes.Where(code => !entry.UsedCodes.Contains(code)).ToList();
    }

    private sealed class Entry(NoqaDirective directive)
    {
        public NoqaDirective Directive { get; } = directive;

        public HashSet<string> UsedCodes { get; } = new(StringComparer.Ordinal);
    }
}
