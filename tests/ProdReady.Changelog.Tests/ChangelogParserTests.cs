using System.Text;
using ProdReady.Testing;

namespace ProdReady.Changelog.Tests;

public sealed class ChangelogParserTests
{
    private static readonly ChangelogLintOptions s_options = new() { TimeProvider = FixedTimeProvider.At(2025, 6, 15) };

    public static TheoryData<string> ParseFixtures() => [.. Fixtures.Names("Parse")];

    public static TheoryData<string, string> Variants()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Fixtures.Names("Parse"))
        {
            foreach (var variant in new[] { "crlf", "cr", "bom", "no-final-newline", "final-blank-lines" })
            {
                data.Add(name, variant);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ParseFixtures))]
    public void Round_trips_every_fixture_byte_for_byte(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Fixtures.Directory("Parse"), name));
        var document = ChangelogDocument.Parse(Fixtures.Decode(bytes));

        Assert.Equal(bytes, Fixtures.Encode(document.Text));
        Assert.Equal(bytes, Fixtures.Encode(string.Concat(document.Blocks.Select(b => b.SourceText))));
        AssertInvariants(document);
    }

    [Theory]
    [MemberData(nameof(ParseFixtures))]
    public void Matches_the_golden_model_of_every_fixture(string name)
    {
        var document = ChangelogDocument.Parse(Fixtures.Read("Parse", name));
        var findings = ChangelogLinter.Lint(document, s_options);

        Golden.Match(ChangelogDump.Render(document, findings), $"Golden/Parse/{name}.snap");
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Survives_line_ending_and_bom_variants_with_the_same_model(string name, string variant)
    {
        var original = Fixtures.Read("Parse", name);
        var text = Transform(original, variant);
        var baseline = ChangelogDocument.Parse(original);
        var document = ChangelogDocument.Parse(text);

        Assert.Equal(text, string.Concat(document.Blocks.Select(b => b.SourceText)));
        AssertInvariants(document);
        Assert.Equal(Shape(baseline), Shape(document));
    }

    [Theory]
    [MemberData(nameof(ParseFixtures))]
    public void Survives_every_prefix_of_every_fixture(string name)
    {
        var text = Fixtures.Read("Parse", name);
        for (var length = 0; length <= text.Length; length++)
        {
            var prefix = text[..length];
            var document = ChangelogDocument.Parse(prefix);
            Assert.Equal(prefix, string.Concat(document.Blocks.Select(b => b.SourceText)));
            _ = ChangelogLinter.Lint(document, s_options);
        }
    }

    [Fact]
    public void Keeps_headings_inside_comments_and_code_fences_out_of_the_structure()
    {
        var document = ChangelogDocument.Parse(Fixtures.Read("Parse", "prose-and-comments.md"));

        Assert.Equal(["Unreleased", "1.0.0"], document.Sections.Select(s => s.Key));
        var added = document.Unreleased!.Subsections[0];
        Assert.Equal(2, added.Entries.Count);
        Assert.Contains("## [9.9.9] - 2099-01-01", added.Entries[0].Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_multi_line_and_nested_bullets_into_one_entry()
    {
        var document = ChangelogDocument.Parse(Fixtures.Read("Parse", "nested-bullets.md"));
        var entries = document.Unreleased!.Subsections[0].Entries;

        Assert.Equal(7, entries.Count);
        Assert.Equal("A multi-line entry whose text\ncontinues on an indented line\nand on a lazy continuation line.", entries[0].Content);
        Assert.Equal(9, entries[1].StartLine);
        Assert.Equal(14, entries[1].EndLine);
        Assert.Equal(['-', '-', '*', '+', '.', ')'], entries.Skip(1).Select(e => e.Marker));
    }

    [Theory]
    [InlineData("[1.2.3] - 2024-01-31", "1.2.3", "2024-01-31", true, true, false)]
    [InlineData("[1.2.3] - 2024-01-31 [YANKED]", "1.2.3", "2024-01-31", true, true, true)]
    [InlineData("1.2.3 - 2024-01-31", "1.2.3", "2024-01-31", false, true, false)]
    [InlineData("v1.2.3 (2024-01-31)", "v1.2.3", "2024-01-31", false, false, false)]
    [InlineData("[1.2.3](https://example.com/v1.2.3) - 2024-01-31", "1.2.3", "2024-01-31", true, true, false)]
    [InlineData("[1.2.3] 2024-01-31", "1.2.3", "2024-01-31", true, false, false)]
    [InlineData("[1.2.3] \u2013 31.01.2024", "1.2.3", "31.01.2024", true, false, false)]
    [InlineData("[1.2.3]", "1.2.3", null, true, false, false)]
    public void Reads_release_headings_in_their_real_world_spellings(string heading, string version, string? date, bool bracketed, bool dash, bool yanked)
    {
        var section = ChangelogDocument.Parse($"## {heading}\n").Sections.Single();

        Assert.Equal(ChangelogSectionKind.Release, section.SectionKind);
        Assert.Equal(version, section.Version);
        Assert.Equal(date, section.DateText);
        Assert.Equal(bracketed, section.IsBracketed);
        Assert.Equal(dash, section.HasDateSeparator);
        Assert.Equal(yanked, section.IsYanked);
    }

    [Theory]
    [InlineData("[Unreleased]", ChangelogSectionKind.Unreleased)]
    [InlineData("Unreleased", ChangelogSectionKind.Unreleased)]
    [InlineData("[unreleased](https://example.com/compare/v1.0.0...HEAD)", ChangelogSectionKind.Unreleased)]
    [InlineData("Contributors", ChangelogSectionKind.Other)]
    [InlineData("Version history", ChangelogSectionKind.Other)]
    public void Classifies_non_release_headings(string heading, ChangelogSectionKind kind)
    {
        Assert.Equal(kind, ChangelogDocument.Parse($"## {heading}\n").Sections.Single().SectionKind);
    }

    [Fact]
    public void Detects_the_dominant_line_ending()
    {
        Assert.Equal("\r\n", ChangelogDocument.Parse("a\r\nb\r\nc\n").LineEnding);
        Assert.Equal("\r", ChangelogDocument.Parse("a\rb\rc").LineEnding);
        Assert.Equal("\n", ChangelogDocument.Parse("no line break").LineEnding);
    }

    [Fact]
    public void Reports_line_text_without_the_line_break()
    {
        var document = ChangelogDocument.Parse("\uFEFF# Changelog\r\n- x");

        Assert.Equal("# Changelog", document.GetLineText(1));
        Assert.Equal("- x", document.GetLineText(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => document.GetLineText(3));
    }

    private static void AssertInvariants(ChangelogDocument document)
    {
        var position = 0;
        var line = 1;
        foreach (var block in document.Blocks)
        {
            Assert.Equal(position, block.Span.Start);
            Assert.Equal(line, block.StartLine);
            Assert.True(block.EndLine >= block.StartLine);
            position = block.Span.End;
            line = block.EndLine + 1;
            if (block is ChangelogSection section)
            {
                foreach (var node in section.Subsections.Cast<ChangelogNode>().Concat(section.LooseEntries))
                {
                    Assert.True(section.Span.Contains(node.Span), $"{node.StartLine} outside section {section.StartLine}");
                }

                foreach (var subsection in section.Subsections)
                {
                    foreach (var entry in subsection.Entries)
                    {
                        Assert.True(subsection.Span.Contains(entry.Span));
                        Assert.Equal(entry.SourceText, document.Text.Substring(entry.Span.Start, entry.Span.Length));
                    }
                }
            }
        }

        Assert.Equal(document.Text.Length, position);
        Assert.Equal(document.LineCount, line - 1);
    }

    private static string Transform(string text, string variant) => variant switch
    {
        "crlf" => text.ReplaceLineEndings("\r\n"),
        "cr" => text.ReplaceLineEndings("\r"),
        "bom" => text.StartsWith('\uFEFF') ? text : "\uFEFF" + text,
        "no-final-newline" => text.TrimEnd('\r', '\n'),
        "final-blank-lines" => text + "\n\n",
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };

    private static string Shape(ChangelogDocument document)
    {
        var builder = new StringBuilder();
        foreach (var section in document.Sections)
        {
            builder.Append(section.Key).Append(':');
            foreach (var subsection in section.Subsections)
            {
                builder.Append(subsection.Name).Append('=').Append(string.Join('|', subsection.Entries.Select(e => e.Content))).Append(';');
            }

            builder.Append(string.Join('|', section.LooseEntries.Select(e => e.Content))).Append('\n');
        }

        builder.Append(string.Join(',', document.LinkDefinitions.Select(l => l.Label + "=" + l.Url)));
        return builder.ToString();
    }
}
