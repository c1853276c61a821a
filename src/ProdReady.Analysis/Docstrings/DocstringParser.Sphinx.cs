using System.Collections.Frozen;

namespace ProdReady.Analysis.Docstrings;

/// <summary>Sphinx fields: <c>:param [type] name: text</c>, <c>:returns: text</c>, <c>:raises Error: text</c>, continued on indented lines.</summary>
public static partial class DocstringParser
{
    /// <summary>The field names Sphinx's Python domain reads; <see langword="null"/> marks type fields the rules do not read.</summary>
    private static readonly FrozenDictionary<string, SectionKind?> s_sphinxFields = new Dictionary<string, SectionKind?>
    {
        ["param"] = SectionKind.Args,
        ["parameter"] = SectionKind.Args,
        ["arg"] = SectionKind.Args,
        ["argument"] = SectionKind.Args,
        ["key"] = SectionKind.KeywordArgs,
        ["keyword"] = SectionKind.KeywordArgs,
        ["kwarg"] = SectionKind.KeywordArgs,
        ["kwparam"] = SectionKind.KeywordArgs,
        ["returns"] = SectionKind.Returns,
        ["return"] = SectionKind.Returns,
        ["yields"] = SectionKind.Yields,
        ["yield"] = SectionKind.Yields,
        ["raises"] = SectionKind.Raises,
        ["raise"] = SectionKind.Raises,
        ["except"] = SectionKind.Raises,
        ["exception"] = SectionKind.Raises,
        ["var"] = SectionKind.Attributes,
        ["ivar"] = SectionKind.Attributes,
        ["cvar"] = SectionKind.Attributes,
        ["type"] = null,
        ["vartype"] = null,
        ["kwtype"] = null,
        ["rtype"] = null,
        ["ytype"] = null,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Field names that are almost a Sphinx field.</summary>
    private static readonly FrozenDictionary<string, SectionKind> s_sphinxMisses = new Dictionary<string, SectionKind>
    {
        ["params"] = SectionKind.Args,
        ["parm"] = SectionKind.Args,
        ["args"] = SectionKind.Args,
        ["arguments"] = SectionKind.Args,
        ["kwargs"] = SectionKind.KeywordArgs,
        ["throws"] = SectionKind.Raises,
        ["throw"] = SectionKind.Raises,
        ["exceptions"] = SectionKind.Raises,
        ["retrun"] = SectionKind.Returns,
        ["retruns"] = SectionKind.Returns,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static string ParseSphinx(DocstringLine[] lines, int first, Builder builder)
    {
        var summary = string.Empty;
        var i = first;
        if (SphinxField(lines[first].Text) is { } opening && (opening.Closed || s_sphinxFields.ContainsKey(opening.Name)))
        {
            builder.Problem(DocstringProblemKind.NoSummary, first, "Docstring has no summary line; it opens with a field");
        }
        else
        {
            summary = lines[first].Text;
            i = first + 1;
        }

        var sections = new Dictionary<SectionKind, (string Header, int Line, List<DocstringEntry> Entries)>();
        var seen = new HashSet<(SectionKind, string)>();
        while (i < lines.Length)
        {
            var line = lines[i];
            if (line.IsBlank || !line.Text.StartsWith(':') || SphinxField(line.Text) is not { } field)
            {
                i++;
                continue;
            }

            // The field's text runs on over lines indented deeper than the field.
            var text = new List<string>();
            if (field.Rest.Length > 0)
            {
                text.Add(field.Rest);
            }

            var end = i + 1;
            while (end < lines.Length)
            {
                if (!lines[end].IsBlank && lines[end].Indent <= line.Indent)
                {
                    break;
                }

                if (lines[end].IsBlank && (end + 1 >= lines.Length || lines[end + 1].IsBlank || lines[end + 1].Indent <= line.Indent))
                {
                    break;
                }

                if (!lines[end].IsBlank)
                {
                    text.Add(lines[end].Text);
                }

                end++;
            }

            ReadSphinxField(field, line.Index, string.Join(' ', text), sections, seen, builder);
            i = end;
        }

        foreach (var (kind, section) in sections)
        {
            builder.AddSphinxSection(new DocstringSection(kind, section.Header, section.Line, section.Entries));
        }

        return summary;
    }

    private static void ReadSphinxField(SphinxFieldText field, int line, string description, Dictionary<SectionKind, (string Header, int Line, List<DocstringEntry> Entries)> sections, HashSet<(SectionKind, string)> seen, Builder builder)
    {
        SectionKind kind;
        if (!field.Closed)
        {
            if (s_sphinxFields.ContainsKey(field.Name) || s_sphinxMisses.ContainsKey(field.Name))
            {
                builder.Problem(DocstringProblemKind.MissingColon, line, $"Field ':{field.Name} {string.Join(' ', field.Arguments)}' is missing its closing colon");
            }

            return;
        }

        if (s_sphinxFields.TryGetValue(field.Name, out var known))
        {
            if (known is not { } value)
            {
                return;
            }

            kind = value;
        }
        else if ((s_sphinxMisses.TryGetValue(field.Name, out var listed) ? listed : SphinxNearMiss(field.Name)) is { } missed)
        {
            builder.Problem(DocstringProblemKind.NearMissHeader, line, $"Field ':{field.Name}:' is not a known field; did you mean ':{SphinxName(missed)}:'?");
            kind = missed;
        }
        else
        {
            return;
        }

        var header = ":" + field.Name;
        if (!sections.TryGetValue(kind, out var section))
        {
            section = (header, line, []);
            sections[kind] = section;
        }

        var names = kind switch
        {
            SectionKind.Raises => field.Arguments.SelectMany(a => a.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(CleanName).Where(n => n.Length > 0 && n != "or").ToList(),
            SectionKind.Returns or SectionKind.Yields => [string.Empty],
            _ => field.Arguments.Count > 0 ? [field.Arguments[^1].Replace("\\", string.Empty, StringComparison.Ordinal)] : [],
        };
        var type = kind is SectionKind.Args or SectionKind.KeywordArgs or SectionKind.Attributes && field.Arguments.Count > 1
            ? string.Join(' ', field.Arguments.Take(field.Arguments.Count - 1))
            : null;
        foreach (var name in names)
        {
            if (!seen.Add((kind, name)))
            {
                var what = name.Length == 0 ? header + ":" : $"{header} {name}:";
                builder.Problem(DocstringProblemKind.DuplicateSection, line, $"Field '{what}' appears twice");
            }

            if (description.Length == 0)
            {
                var what = name.Length == 0 ? header + ":" : $"{header} {name}:";
                builder.Problem(DocstringProblemKind.EntryWithoutDescription, line, $"Field '{what}' has no description");
            }

            section.Entries.Add(new DocstringEntry(name, type, description, line));
        }
    }

    /// <summary>Reads <c>:name args: rest</c>; a role such as <c>:class:`X`</c> is not a field.</summary>
    private static SphinxFieldText? SphinxField(string text)
    {
        if (text.Length < 3 || text[0] != ':' || !(char.IsLetter(text[1]) || text[1] == '_'))
        {
            return null;
        }

        var close = text.IndexOf(':', 1);
        var spec = close < 0 ? text[1..] : text[1..close];
        var words = spec.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !words[0].All(c => char.IsLetterOrDigit(c) || c == '_'))
        {
            return null;
        }

        if (close < 0)
        {
            return new SphinxFieldText(words[0].ToLowerInvariant(), words[1..], string.Empty, Closed: false);
        }

        if (close + 1 < text.Length && !char.IsWhiteSpace(text[close + 1]))
        {
            return null;
        }

        return new SphinxFieldText(words[0].ToLowerInvariant(), words[1..], text[(close + 1)..].Trim(), Closed: true);
    }

    private static SectionKind? SphinxNearMiss(string name)
    {
        foreach (var (candidate, kind) in s_sphinxFields)
        {
            if (kind is { } value && candidate.Length >= 5 && OneEditApart(name, candidate))
            {
                return value;
            }
        }

        return null;
    }

    private static string SphinxName(SectionKind kind) => kind switch
    {
        SectionKind.Args => "param",
        SectionKind.KeywordArgs => "keyword",
        SectionKind.Returns => "returns",
        SectionKind.Yields => "yields",
        SectionKind.Raises => "raises",
        SectionKind.Attributes => "ivar",
        _ => "param",
    };

    /// <summary>A field as written: its lower-case name, its arguments, the text after its closing colon, and whether that colon is there.</summary>
    private sealed record SphinxFieldText(string Name, IReadOnlyList<string> Arguments, string Rest, bool Closed);
}
