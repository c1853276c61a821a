using System.Globalization;
using System.Text;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Changelog.Tests;

/// <summary>Renders the parsed model and the lint findings as stable text for golden files.</summary>
internal static class ChangelogDump
{
    public static string Render(ChangelogDocument document, IReadOnlyList<Diagnostic> findings)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"lines: {document.LineCount}, bom: {document.HasByteOrderMark}, eol: {Escape(document.LineEnding)}\n");
        builder.Append(CultureInfo.InvariantCulture, $"title: {Quote(document.TitleText)}\n");
        foreach (var block in document.Blocks)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{block.Kind} {block.StartLine}-{block.EndLine}");
            if (block is ChangelogSection section)
            {
                builder.Append(CultureInfo.InvariantCulture, $" {section.SectionKind} {Quote(section.HeadingText)} key={Quote(section.Key)}");
                if (section.SectionKind == ChangelogSectionKind.Release)
                {
                    builder.Append(CultureInfo.InvariantCulture, $" version={Quote(section.Version)} semver={section.IsSemVer} date={Quote(section.DateText)} iso={section.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}");
                    builder.Append(CultureInfo.InvariantCulture, $" bracketed={section.IsBracketed} dash={section.HasDateSeparator} yanked={section.IsYanked}");
                }

                builder.Append(CultureInfo.InvariantCulture, $" content-end={section.ContentEndLine}\n");
                foreach (var entry in section.LooseEntries)
                {
                    AppendEntry(builder, "  ", entry);
                }

                foreach (var subsection in section.Subsections)
                {
                    builder.Append(CultureInfo.InvariantCulture, $"  ### {Quote(subsection.Name)} {subsection.StartLine}-{subsection.EndLine} type={subsection.ChangeType?.ToString() ?? "-"} content-end={subsection.ContentEndLine}\n");
                    foreach (var entry in subsection.Entries)
                    {
                        AppendEntry(builder, "    ", entry);
                    }
                }
            }
            else
            {
                builder.Append('\n');
            }
        }

        foreach (var link in document.LinkDefinitions)
        {
            builder.Append(CultureInfo.InvariantCulture, $"link {link.StartLine} [{link.Label}] -> {link.Url}\n");
        }

        builder.Append("lint:\n");
        foreach (var finding in findings)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  {finding.Location!.Line}: {finding.Code} {finding.Severity} {finding.Message} | {finding.Help}\n");
        }

        return builder.ToString();
    }

    private static void AppendEntry(StringBuilder builder, string indent, ChangelogEntry entry)
        => builder.Append(CultureInfo.InvariantCulture, $"{indent}- {entry.StartLine}-{entry.EndLine} {entry.Marker} {Quote(entry.Content)}\n");

    private static string Quote(string? text) => text is null ? "-" : "\"" + Escape(text) + "\"";

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\r", "\\r", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\t", "\\t", StringComparison.Ordinal)
        .Replace("\uFEFF", "\\uFEFF", StringComparison.Ordinal);
}
