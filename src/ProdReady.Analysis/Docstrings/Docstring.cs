namespace ProdReady.Analysis.Docstrings;

/// <summary>A parsed docstring: its summary line, its sections and the grammar problems found while reading it.</summary>
public sealed class Docstring
{
    internal Docstring(string summary, IReadOnlyList<DocstringSection> sections, IReadOnlyList<DocstringProblem> problems)
    {
        Summary = summary;
        Sections = sections;
        Problems = problems;
    }

    /// <summary>Gets the summary line, or empty text when the docstring has none.</summary>
    public string Summary { get; }

    /// <summary>Gets the sections in order.</summary>
    public IReadOnlyList<DocstringSection> Sections { get; }

    /// <summary>Gets the grammar problems in order of their lines.</summary>
    public IReadOnlyList<DocstringProblem> Problems { get; }

    /// <summary>Tells whether the docstring has a section of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> when at least one section has that kind.</returns>
    public bool Has(SectionKind kind) => Find(kind) is not null;

    /// <summary>Returns the first section of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The section, or <see langword="null"/>.</returns>
    public DocstringSection? Find(SectionKind kind)
    {
        // Asked by every docstring rule of every function: an indexed loop allocates neither a closure nor an enumerator.
        for (var i = 0; i < Sections.Count; i++)
        {
            if (Sections[i].Kind == kind)
            {
                return Sections[i];
            }
        }

        return null;
    }

    /// <summary>Returns the entries of every section of a kind, in order.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The entries.</returns>
    public IEnumerable<DocstringEntry> EntriesOf(SectionKind kind)
    {
        // Nearly always one section of a kind, or none: its own list serves, without a query to build.
        DocstringSection? only = null;
        for (var i = 0; i < Sections.Count; i++)
        {
            if (Sections[i].Kind != kind)
            {
                continue;
            }

            if (only is not null)
            {
                return AllEntriesOf(kind);
            }

            only = Sections[i];
        }

        return only?.Entries ?? [];
    }

    private IEnumerable<DocstringEntry> AllEntriesOf(SectionKind kind)
    {
        foreach (var section in Sections)
        {
            if (section.Kind == kind)
            {
                foreach (var entry in section.Entries)
                {
                    yield return entry;
                }
            }
        }
    }
}
