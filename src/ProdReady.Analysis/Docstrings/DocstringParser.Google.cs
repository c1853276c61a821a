using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace ProdReady.Analysis.Docstrings;

/// <summary>Google style: <c>Name:</c> headers at the docstring's indent, entries indented under them.</summary>
public static partial class DocstringParser
{
    /// <summary>The section names Napoleon reads in Google style, less the singular aliases the house style rejects.</summary>
    private static readonly FrozenDictionary<string, SectionKind> s_googleSections = new Dictionary<string, SectionKind>
    {
        ["args"] = SectionKind.Args,
        ["arguments"] = SectionKind.Args,
        ["parameters"] = SectionKind.Args,
        ["keyword args"] = SectionKind.KeywordArgs,
        ["keyword arguments"] = SectionKind.KeywordArgs,
        ["other parameters"] = SectionKind.OtherParameters,
        ["other args"] = SectionKind.OtherParameters,
        ["other arguments"] = SectionKind.OtherParameters,
        ["returns"] = SectionKind.Returns,
        ["yields"] = SectionKind.Yields,
        ["raises"] = SectionKind.Raises,
        ["attributes"] = SectionKind.Attributes,
        ["warns"] = SectionKind.Warns,
        ["receives"] = SectionKind.Receives,
        ["attention"] = SectionKind.Other,
        ["caution"] = SectionKind.Other,
        ["danger"] = SectionKind.Other,
        ["error"] = SectionKind.Other,
        ["example"] = SectionKind.Other,
        ["examples"] = SectionKind.Other,
        ["hint"] = SectionKind.Other,
        ["important"] = SectionKind.Other,
        ["methods"] = SectionKind.Other,
        ["note"] = SectionKind.Other,
        ["notes"] = SectionKind.Other,
        ["references"] = SectionKind.Other,
        ["see also"] = SectionKind.Other,
        ["tip"] = SectionKind.Other,
        ["todo"] = SectionKind.Other,
        ["warning"] = SectionKind.Other,
        ["warnings"] = SectionKind.Other,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Headers that are almost a Google section: singular forms and other tools' words.</summary>
    private static readonly FrozenDictionary<string, SectionKind> s_googleMisses = new Dictionary<string, SectionKind>
    {
        ["arg"] = SectionKind.Args,
        ["argument"] = SectionKind.Args,
        ["param"] = SectionKind.Args,
        ["params"] = SectionKind.Args,
        ["parameter"] = SectionKind.Args,
        ["keyword arg"] = SectionKind.KeywordArgs,
        ["keyword argument"] = SectionKind.KeywordArgs,
        ["kwargs"] = SectionKind.KeywordArgs,
        ["return"] = SectionKind.Returns,
        ["yield"] = SectionKind.Yields,
        ["raise"] = SectionKind.Raises,
        ["except"] = SectionKind.Raises,
        ["exception"] = SectionKind.Raises,
        ["exceptions"] = SectionKind.Raises,
        ["throw"] = SectionKind.Raises,
        ["throws"] = SectionKind.Raises,
        ["attribute"] = SectionKind.Attributes,
        ["warn"] = SectionKind.Warns,
        ["receive"] = SectionKind.Receives,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static string ParseGoogle(DocstringLine[] lines, int first, Builder builder)
    {
        var summary = string.Empty;
        var i = first;
        if (GoogleHeader(lines, first, allowInline: false) is null)
        {
            summary = lines[first].Text;
            i = first + 1;
        }
        else
        {
            builder.Problem(DocstringProblemKind.NoSummary, first, "Docstring has no summary line; it opens with a section");
        }

        while (i < lines.Length)
        {
            if (lines[i].IsBlank || lines[i].Indent > 0 || GoogleHeader(lines, i, allowInline: true) is not { } header)
            {
                i++;
                continue;
            }

            i = ReadGoogleSection(lines, i, header, builder, stopAtNumpyHeader: false);
        }

        return summary;
    }

    /// <summary>Recognizes a Google header on line <paramref name="index"/> (which must be at the docstring's indent).</summary>
    private static Header? GoogleHeader(DocstringLine[] lines, int index, bool allowInline)
    {
        var text = lines[index].Text;

        // The pattern needs a leading ASCII letter and a colon: most prose lines fail that without running it.
        var match = text.Length > 1 && char.IsAsciiLetter(text[0]) && text.Contains(':', StringComparison.Ordinal)
            ? GoogleHeaderPattern().Match(text)
            : Match.Empty;
        if (match.Success)
        {
            var name = match.Groups[1].Value.TrimEnd();
            var rest = match.Groups[2].Value.Trim();
            var known = s_googleSections.TryGetValue(name, out var kind);
            var near = known ? null : NearMiss(name, s_googleSections, s_googleMisses);
            if (rest.Length == 0)
            {
                return known ? new Header(kind, name, HeaderForm.Normal, null)
                    : near is { } missed ? new Header(missed, name, HeaderForm.NearMiss, null) : null;
            }

            // `Returns: The count.` on one line: an inline section, for the two sections that hold one description.
            if (allowInline && (known ? kind : near) is SectionKind.Returns or SectionKind.Yields)
            {
                return new Header(known ? kind : near!.Value, name, known ? HeaderForm.Normal : HeaderForm.NearMiss, rest);
            }

            return null;
        }

        if (!s_googleSections.TryGetValue(text, out var bare))
        {
            return null;
        }

        var next = index + 1 < lines.Length ? lines[index + 1] : default;
        if (next.Text is { Length: > 0 } && next.Indent == 0 && IsUnderline(next.Text))
        {
            return new Header(bare, text, HeaderForm.Underlined, null);
        }

        return bare != SectionKind.Other && next.Text is { Length: > 0 } && next.Indent > 0
            ? new Header(bare, text, HeaderForm.MissingColon, null)
            : null;
    }

    /// <summary>Reads the section whose header is on line <paramref name="index"/>; returns the line after it.</summary>
    private static int ReadGoogleSection(DocstringLine[] lines, int index, Header header, Builder builder, bool stopAtNumpyHeader)
    {
        switch (header.Form)
        {
            case HeaderForm.Underlined:
                builder.Problem(DocstringProblemKind.OtherConvention, index, $"Section '{header.Name}' is underlined in NumPy style; write it as '{header.Name}:' (the convention is Google)");
                return ReadNumpySection(lines, index + 2, header with { Form = HeaderForm.Normal }, index, builder);
            case HeaderForm.NearMiss:
                builder.Problem(DocstringProblemKind.NearMissHeader, index, $"Section header '{header.Name}:' is not a known section; did you mean '{Describe(header.Kind)}:'?");
                break;
            case HeaderForm.MissingColon:
                builder.Problem(DocstringProblemKind.MissingColon, index, $"Section header '{header.Name}' is missing its colon ('{header.Name}:')");
                break;
        }

        // A header on the docstring's first line (no summary) has lost its indent to the dedent: its body is every
        // line up to the next header.
        var bodyIndent = index == 0 ? -1 : 0;
        var end = index + 1;
        while (end < lines.Length && (lines[end].IsBlank || lines[end].Indent > bodyIndent)
            && !(stopAtNumpyHeader && lines[end].Indent == 0 && IsNumpyHeader(lines, end))
            && !(bodyIndent < 0 && GoogleHeader(lines, end, allowInline: false) is not null))
        {
            end++;
        }

        var content = new List<DocstringLine>();
        for (var i = index + 1; i < end; i++)
        {
            if (!lines[i].IsBlank)
            {
                content.Add(lines[i]);
            }
        }

        var entries = new List<DocstringEntry>();
        var label = header.Name;
        switch (header.Kind)
        {
            case SectionKind.Args or SectionKind.KeywordArgs or SectionKind.OtherParameters or SectionKind.Attributes or SectionKind.Receives:
                ReadGoogleNamedEntries(content, entries, builder, label);
                break;
            case SectionKind.Raises or SectionKind.Warns:
                ReadExceptionEntries(content, entries, builder, label, colonRequired: true);
                break;
            case SectionKind.Returns or SectionKind.Yields:
                if (header.Inline is not null || content.Count > 0)
                {
                    var text = string.Join(' ', (header.Inline is null ? [] : new[] { header.Inline }).Concat(content.Select(l => l.Text)));
                    entries.Add(new DocstringEntry(string.Empty, null, text, content.Count > 0 && header.Inline is null ? content[0].Index : index));
                }

                break;
        }

        // A prose heading (`Methods:`, `Example:`) over unindented text is prose, not an empty section.
        var empty = content.Count == 0 && header.Inline is null
            && (header.Kind != SectionKind.Other || end >= lines.Length || GoogleHeader(lines, end, allowInline: false) is not null);
        builder.Section(header.Kind, label, index, entries, empty);
        return end;
    }

    private static void ReadGoogleNamedEntries(List<DocstringLine> content, List<DocstringEntry> entries, Builder builder, string label)
    {
        if (content.Count == 0)
        {
            return;
        }

        var entryIndent = content[0].Indent;
        PendingEntry? current = null;
        foreach (var line in content)
        {
            if (line.Indent <= entryIndent && TryArgEntry(line.Text, out var name, out var type, out var description))
            {
                current?.Flush(entries, builder, label);
                current = new PendingEntry(name, type, line.Index, description);
            }
            else
            {
                current?.Append(line.Text);
            }
        }

        current?.Flush(entries, builder, label);
    }

    /// <summary>Reads exception entries (<c>ValueError: If ...</c>, NumPy's bare <c>ValueError</c> line).</summary>
    private static void ReadExceptionEntries(List<DocstringLine> content, List<DocstringEntry> entries, Builder builder, string label, bool colonRequired)
    {
        if (content.Count == 0)
        {
            return;
        }

        var entryIndent = content.Min(l => l.Indent);
        var pending = new List<PendingEntry>();
        foreach (var line in content)
        {
            var match = line.Indent <= entryIndent ? ExceptionEntryPattern().Match(CleanName(line.Text)) : Match.Empty;
            if (match.Success && (match.Groups[2].Success || !colonRequired || pending.Count == 0))
            {
                Flush(pending, entries, builder, label);
                var description = match.Groups[2].Success ? match.Groups[2].Value.Trim() : string.Empty;
                foreach (var name in NameSeparator().Split(match.Groups[1].Value))
                {
                    if (name.Length > 0)
                    {
                        pending.Add(new PendingEntry(name, null, line.Index, description));
                    }
                }
            }
            else
            {
                pending.ForEach(p => p.Append(line.Text));
            }
        }

        Flush(pending, entries, builder, label);

        static void Flush(List<PendingEntry> pending, List<DocstringEntry> entries, Builder builder, string label)
        {
            pending.ForEach(p => p.Flush(entries, builder, label));
            pending.Clear();
        }
    }

    /// <summary>Reads <c>name (type): description</c>; the name may carry <c>*</c>, <c>**</c> and backslashes.</summary>
    private static bool TryArgEntry(string text, out string name, out string? type, out string description)
    {
        name = string.Empty;
        type = null;
        description = string.Empty;
        var p = 0;
        while (p < text.Length && text[p] is '*' or '\\')
        {
            p++;
        }

        if (p >= text.Length || !(char.IsLetter(text[p]) || text[p] == '_'))
        {
            return false;
        }

        while (p < text.Length && (char.IsLetterOrDigit(text[p]) || text[p] is '_' or '.'))
        {
            p++;
        }

        var rawName = text[..p];
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        if (p < text.Length && text[p] == '(')
        {
            var depth = 0;
            var open = p;
            for (; p < text.Length; p++)
            {
                depth += text[p] switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
                if (depth == 0)
                {
                    break;
                }
            }

            if (p >= text.Length)
            {
                return false;
            }

            type = text[(open + 1)..p].Trim();
            p++;
            while (p < text.Length && text[p] == ' ')
            {
                p++;
            }
        }

        if (p >= text.Length || text[p] != ':' || (p + 1 < text.Length && text[p + 1] == ':'))
        {
            return false;
        }

        name = rawName.Replace("\\", string.Empty, StringComparison.Ordinal);
        description = text[(p + 1)..].Trim();
        return true;
    }

    private static bool IsUnderline(string text) => text.Length >= 3 && text.All(c => c == '-');

    [GeneratedRegex(@"^([A-Za-z][A-Za-z]*(?: [A-Za-z]+){0,2})\s*:(?!:)(.*)$")]
    private static partial Regex GoogleHeaderPattern();

    [GeneratedRegex(@"^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*(?:\s*(?:,|\bor\b|\band\b)\s*[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)*)\s*(?::(.*))?$")]
    private static partial Regex ExceptionEntryPattern();

    [GeneratedRegex(@"\s*(?:,|\bor\b|\band\b)\s*")]
    private static partial Regex NameSeparator();

    /// <summary>How a header was written.</summary>
    private enum HeaderForm
    {
        Normal,
        NearMiss,
        MissingColon,
        Underlined,
    }

    /// <summary>A recognized header: the kind it stands for, its name as written, its form, and text that followed its colon.</summary>
    private readonly record struct Header(SectionKind Kind, string Name, HeaderForm Form, string? Inline);

    /// <summary>An entry whose description is still being read.</summary>
    private sealed class PendingEntry(string name, string? type, int line, string description)
    {
        private readonly StringBuilder _description = new(description);

        public void Append(string text)
        {
            if (_description.Length > 0)
            {
                _description.Append(' ');
            }

            _description.Append(text);
        }

        public void Flush(List<DocstringEntry> entries, Builder builder, string label)
        {
            if (_description.Length == 0)
            {
                builder.Problem(DocstringProblemKind.EntryWithoutDescription, line, $"Entry '{name}' of section '{label}' has no description");
            }

            entries.Add(new DocstringEntry(name, type, _description.ToString(), line));
        }
    }
}
