using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ProdReady.Analysis.Docstrings;

/// <summary>NumPy style: headers underlined with dashes, <c>name : type</c> entries at the header's indent, descriptions indented.</summary>
public static partial class DocstringParser
{
    /// <summary>The section names numpydoc reads.</summary>
    private static readonly FrozenDictionary<string, SectionKind> s_numpySections = new Dictionary<string, SectionKind>
    {
        ["parameters"] = SectionKind.Args,
        ["other parameters"] = SectionKind.OtherParameters,
        ["returns"] = SectionKind.Returns,
        ["yields"] = SectionKind.Yields,
        ["receives"] = SectionKind.Receives,
        ["raises"] = SectionKind.Raises,
        ["warns"] = SectionKind.Warns,
        ["attributes"] = SectionKind.Attributes,
        ["methods"] = SectionKind.Other,
        ["see also"] = SectionKind.Other,
        ["notes"] = SectionKind.Other,
        ["note"] = SectionKind.Other,
        ["warnings"] = SectionKind.Other,
        ["references"] = SectionKind.Other,
        ["examples"] = SectionKind.Other,
        ["example"] = SectionKind.Other,
        ["summary"] = SectionKind.Other,
        ["extended summary"] = SectionKind.Other,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Headers that are almost a NumPy section.</summary>
    private static readonly FrozenDictionary<string, SectionKind> s_numpyMisses = new Dictionary<string, SectionKind>
    {
        ["parameter"] = SectionKind.Args,
        ["param"] = SectionKind.Args,
        ["params"] = SectionKind.Args,
        ["arg"] = SectionKind.Args,
        ["args"] = SectionKind.Args,
        ["argument"] = SectionKind.Args,
        ["arguments"] = SectionKind.Args,
        ["return"] = SectionKind.Returns,
        ["yield"] = SectionKind.Yields,
        ["raise"] = SectionKind.Raises,
        ["exception"] = SectionKind.Raises,
        ["exceptions"] = SectionKind.Raises,
        ["throws"] = SectionKind.Raises,
        ["attribute"] = SectionKind.Attributes,
        ["warn"] = SectionKind.Warns,
        ["receive"] = SectionKind.Receives,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static string ParseNumpy(DocstringLine[] lines, int first, Builder builder)
    {
        var summary = string.Empty;
        var i = first;
        if (IsNumpyHeader(lines, first))
        {
            builder.Problem(DocstringProblemKind.NoSummary, first, "Docstring has no summary line; it opens with a section");
        }
        else
        {
            summary = lines[first].Text;
            i = first + 1;
        }

        while (i < lines.Length)
        {
            var line = lines[i];
            if (line.IsBlank || line.Indent > 0)
            {
                i++;
                continue;
            }

            if (IsNumpyHeader(lines, i))
            {
                var name = line.Text.TrimEnd(':').TrimEnd();
                Header header;
                if (s_numpySections.TryGetValue(name, out var kind))
                {
                    header = new Header(kind, name, HeaderForm.Normal, null);
                }
                else if (NearMiss(name, s_numpySections, s_numpyMisses) is { } missed)
                {
                    builder.Problem(DocstringProblemKind.NearMissHeader, i, $"Section header '{name}' is not a known section; did you mean '{NumpyName(missed)}'?");
                    header = new Header(missed, name, HeaderForm.Normal, null);
                }
                else
                {
                    header = new Header(SectionKind.Other, name, HeaderForm.Normal, null);
                }

                i = ReadNumpySection(lines, i + 2, header, i, builder);
                continue;
            }

            if (GoogleHeader(lines, i, allowInline: false) is { Form: HeaderForm.Normal, Kind: not SectionKind.Other } google
                && i + 1 < lines.Length && lines[i + 1].Indent > 0)
            {
                builder.Problem(DocstringProblemKind.OtherConvention, i, $"Section '{google.Name}:' is written in Google style; underline it with dashes (the convention is NumPy)");
                i = ReadGoogleSection(lines, i, google, builder, stopAtNumpyHeader: true);
                continue;
            }

            if (s_numpySections.TryGetValue(line.Text, out var bare) && bare != SectionKind.Other && i > first
                && lines[i - 1].IsBlank && i + 1 < lines.Length && !lines[i + 1].IsBlank)
            {
                builder.Problem(DocstringProblemKind.MissingUnderline, i, $"Section header '{line.Text}' is missing its underline of dashes");
                i = ReadNumpySection(lines, i + 1, new Header(bare, line.Text, HeaderForm.Normal, null), i, builder);
                continue;
            }

            i++;
        }

        return summary;
    }

    /// <summary>Tells whether line <paramref name="index"/> is a header: text at the docstring's indent, then a line of dashes.</summary>
    private static bool IsNumpyHeader(DocstringLine[] lines, int index) =>
        index + 1 < lines.Length && !lines[index].IsBlank && lines[index].Indent == 0 && !IsUnderline(lines[index].Text)
        && lines[index + 1].Indent == 0 && IsUnderline(lines[index + 1].Text);

    /// <summary>Reads a NumPy section body from line <paramref name="start"/> to the next header; returns the line after it.</summary>
    private static int ReadNumpySection(DocstringLine[] lines, int start, Header header, int headerLine, Builder builder)
    {
        var end = start;
        while (end < lines.Length && !(lines[end].Indent == 0 && !lines[end].IsBlank
            && (IsNumpyHeader(lines, end) || GoogleHeader(lines, end, allowInline: false) is { Form: HeaderForm.Normal, Kind: not SectionKind.Other })))
        {
            end++;
        }

        var content = new List<DocstringLine>();
        for (var i = start; i < end; i++)
        {
            if (!lines[i].IsBlank)
            {
                content.Add(lines[i]);
            }
        }

        var entries = new List<DocstringEntry>();
        switch (header.Kind)
        {
            case SectionKind.Args or SectionKind.KeywordArgs or SectionKind.OtherParameters or SectionKind.Attributes or SectionKind.Receives:
                ReadNumpyNamedEntries(content, entries, builder, header.Name);
                break;
            case SectionKind.Raises or SectionKind.Warns:
                ReadExceptionEntries(content, entries, builder, header.Name, colonRequired: false);
                break;
            case SectionKind.Returns or SectionKind.Yields:
                ReadNumpyValueEntries(content, entries);
                break;
        }

        builder.Section(header.Kind, header.Name, headerLine, entries, empty: content.Count == 0);
        return end;
    }

    private static void ReadNumpyNamedEntries(List<DocstringLine> content, List<DocstringEntry> entries, Builder builder, string label)
    {
        if (content.Count == 0)
        {
            return;
        }

        var entryIndent = content.Min(l => l.Indent);
        var pending = new List<PendingEntry>();
        foreach (var line in content)
        {
            var match = line.Indent <= entryIndent ? NumpyEntryPattern().Match(line.Text) : Match.Empty;
            if (match.Success)
            {
                pending.ForEach(p => p.Flush(entries, builder, label));
                pending.Clear();
                var type = match.Groups[2].Success ? match.Groups[2].Value.Trim() : null;
                foreach (var name in match.Groups[1].Value.Split(','))
                {
                    pending.Add(new PendingEntry(name.Trim().Replace("\\", string.Empty, StringComparison.Ordinal), type, line.Index, string.Empty));
                }
            }
            else
            {
                pending.ForEach(p => p.Append(line.Text));
            }
        }

        pending.ForEach(p => p.Flush(entries, builder, label));
    }

    private static void ReadNumpyValueEntries(List<DocstringLine> content, List<DocstringEntry> entries)
    {
        if (content.Count == 0)
        {
            return;
        }

        var entryIndent = content.Min(l => l.Indent);
        (string Name, string? Type, int Line, List<string> Text)? current = null;
        foreach (var line in content)
        {
            if (line.Indent <= entryIndent)
            {
                Add(current, entries);
                var colon = line.Text.IndexOf(" : ", StringComparison.Ordinal);
                current = colon > 0
                    ? (line.Text[..colon].Trim(), line.Text[(colon + 3)..].Trim(), line.Index, [])
                    : (string.Empty, line.Text, line.Index, []);
            }
            else
            {
                current?.Text.Add(line.Text);
            }
        }

        Add(current, entries);

        static void Add((string Name, string? Type, int Line, List<string> Text)? entry, List<DocstringEntry> entries)
        {
            if (entry is { } e)
            {
                entries.Add(new DocstringEntry(e.Name, e.Type, string.Join(' ', e.Text), e.Line));
            }
        }
    }

    private static string NumpyName(SectionKind kind) => kind switch
    {
        SectionKind.Args => "Parameters",
        _ => Describe(kind),
    };

    [GeneratedRegex(@"^(\\?\*{0,2}[A-Za-z_]\w*(?:\s*,\s*\\?\*{0,2}[A-Za-z_]\w*)*)\s*(?::\s*(.*))?$")]
    private static partial Regex NumpyEntryPattern();
}
