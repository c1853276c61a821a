using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ProdReady.Analysis.Docstrings;

/// <summary>
/// Reads a docstring into its summary, sections and entries under one of three conventions (Google, NumPy, Sphinx),
/// and records where it breaks the convention's grammar: near-miss headers, missing colons or underlines, entries
/// without descriptions, empty and duplicate sections, an empty docstring or one without a summary. The parser never
/// throws on any text; what it cannot read as a section stays prose.
/// </summary>
public static partial class DocstringParser
{
    /// <summary>The section kinds that may appear once: a second one is a duplicate.</summary>
    private static readonly FrozenSet<SectionKind> s_unique = new[]
    {
        SectionKind.Args, SectionKind.KeywordArgs, SectionKind.OtherParameters, SectionKind.Returns, SectionKind.Yields,
        SectionKind.Raises, SectionKind.Attributes, SectionKind.Warns, SectionKind.Receives,
    }.ToFrozenSet();

    /// <summary>Parses a docstring.</summary>
    /// <param name="text">The docstring's value (the string constant, escapes already decoded).</param>
    /// <param name="convention">The section grammar.</param>
    /// <returns>The parsed docstring.</returns>
    public static Docstring Parse(string text, DocstringConvention convention)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = DocstringLine.Split(text);
        var builder = new Builder();
        var first = Array.FindIndex(lines, l => !l.IsBlank);
        if (first < 0)
        {
            builder.Problem(DocstringProblemKind.Empty, 0, "Docstring is empty");
            return builder.Build(string.Empty);
        }

        var summary = convention switch
        {
            DocstringConvention.Numpy => ParseNumpy(lines, first, builder),
            DocstringConvention.Sphinx => ParseSphinx(lines, first, builder),
            _ => ParseGoogle(lines, first, builder),
        };
        return builder.Build(summary);
    }

    /// <summary>Tells whether two words are at most one edit (insertion, deletion, substitution, swap) apart.</summary>
    internal static bool OneEditApart(string left, string right)
    {
        if (Math.Abs(left.Length - right.Length) > 1 || left == right)
        {
            return false;
        }

        var i = 0;
        while (i < left.Length && i < right.Length && left[i] == right[i])
        {
            i++;
        }

        if (left.Length == right.Length)
        {
            var swapped = i + 1 < left.Length && left[i] == right[i + 1] && left[i + 1] == right[i]
                && left.AsSpan(i + 2).SequenceEqual(right.AsSpan(i + 2));
            return swapped || left.AsSpan(i + 1).SequenceEqual(right.AsSpan(i + 1));
        }

        return left.Length > right.Length
            ? left.AsSpan(i + 1).SequenceEqual(right.AsSpan(i))
            : left.AsSpan(i).SequenceEqual(right.AsSpan(i + 1));
    }

    /// <summary>Finds the section kind a near-miss header was meant to be, from an explicit table or one edit away from a long name.</summary>
    private static SectionKind? NearMiss(string name, FrozenDictionary<string, SectionKind> known, FrozenDictionary<string, SectionKind> explicitMisses)
    {
        var key = name.ToLowerInvariant();
        if (explicitMisses.TryGetValue(key, out var kind))
        {
            return kind;
        }

        foreach (var (candidate, candidateKind) in known)
        {
            if (candidateKind != SectionKind.Other && candidate.Length >= 6 && OneEditApart(key, candidate))
            {
                return candidateKind;
            }
        }

        return null;
    }

    private static string Describe(SectionKind kind) => kind switch
    {
        SectionKind.Args => "Args",
        SectionKind.KeywordArgs => "Keyword Args",
        SectionKind.OtherParameters => "Other Parameters",
        SectionKind.Returns => "Returns",
        SectionKind.Yields => "Yields",
        SectionKind.Raises => "Raises",
        SectionKind.Attributes => "Attributes",
        SectionKind.Warns => "Warns",
        SectionKind.Receives => "Receives",
        _ => "section",
    };

    /// <summary>Strips reStructuredText roles, backticks, <c>~</c> and <c>!</c> from an exception name (<c>:exc:`~pkg.Error`</c>).</summary>
    private static string CleanName(string name) => RoleOrQuote().Replace(name, string.Empty).Replace("\\", string.Empty, StringComparison.Ordinal).Trim();

    [GeneratedRegex(@":[\w:]+:|[`~!]")]
    private static partial Regex RoleOrQuote();

    /// <summary>Collects sections and problems, and flags duplicates of the sections that may appear once.</summary>
    private sealed class Builder
    {
        private readonly List<DocstringSection> _sections = [];
        private readonly List<DocstringProblem> _problems = [];

        public void Problem(DocstringProblemKind kind, int line, string message) => _problems.Add(new DocstringProblem(kind, line, message));

        public void Section(SectionKind kind, string header, int line, List<DocstringEntry> entries, bool empty)
        {
            if (empty)
            {
                Problem(DocstringProblemKind.EmptySection, line, $"Section '{header}' is empty");
            }

            if (s_unique.Contains(kind) && _sections.Any(s => s.Kind == kind))
            {
                Problem(DocstringProblemKind.DuplicateSection, line, $"Section '{header}' appears twice; merge it into the first {Describe(kind)} section");
            }

            _sections.Add(new DocstringSection(kind, header, line, entries));
        }

        public void AddSphinxSection(DocstringSection section) => _sections.Add(section);

        public Docstring Build(string summary) =>
            new(summary, InLineOrder(_sections, static s => s.Line), InLineOrder(_problems, static p => p.Line));

        /// <summary>
        /// Orders items by line, keeping the order of items on the same line (as a stable sort does). They are nearly
        /// always in order already, and most docstrings have none: those cost no sort.
        /// </summary>
        private static T[] InLineOrder<T>(List<T> items, Func<T, int> line)
        {
            if (items.Count == 0)
            {
                return [];
            }

            for (var i = 1; i < items.Count; i++)
            {
                if (line(items[i]) < line(items[i - 1]))
                {
                    return [.. items.OrderBy(line)];
                }
            }

            return [.. items];
        }
    }
}
