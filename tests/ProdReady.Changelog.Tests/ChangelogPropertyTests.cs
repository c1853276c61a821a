using System.Text;
using FsCheck;
using FsCheck.Xunit;

namespace ProdReady.Changelog.Tests;

public sealed class ChangelogPropertyTests
{
    private static readonly string[] s_words = ["parser", "CLI", "fix", "crash", "on", "empty", "input", "`--flag`", "(#42)", "[docs](https://x.invalid)", "Unicode", "déjà", "vu", "🚀"];
    private static readonly string[] s_subsections = ["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security", "Notes", "Bug Fixes"];

    [Property(MaxTest = 400)]
    public void Add_then_parse_finds_the_new_entry_and_leaves_every_other_line_identical(int seed, byte typeIndex)
    {
        var random = new Random(seed);
        var (text, eol) = GenerateChangelog(random);
        var type = ChangeTypes.All[typeIndex % ChangeTypes.All.Count];
        var entry = Words(random, 1 + random.Next(6)) + (random.Next(4) == 0 ? "\n" + Words(random, 3) : string.Empty);

        string result;
        try
        {
            result = ChangelogEditor.AddEntry(text, type, entry);
        }
        catch (ChangelogEditException)
        {
            var unreleased = ChangelogDocument.Parse(text).Sections.Where(s => s.SectionKind == ChangelogSectionKind.Unreleased).ToList();
            Assert.True(unreleased.Count > 1 || unreleased.Any(u => u.Subsections.Count(s => s.ChangeType == type) > 1), "refused an unambiguous edit:\n" + text);
            return;
        }

        var expected = string.Join('\n', entry.Split('\n').Select(l => l.Trim()));
        var document = ChangelogDocument.Parse(result);
        var found = document.Unreleased!.Subsections.Where(s => s.ChangeType == type).SelectMany(s => s.Entries).Count(e => e.Content == expected);
        Assert.True(found >= 1, "entry not found in:\n" + result);
        Assert.True(LineDiff.IsPureInsertion(text, result), "not a pure insertion:\n" + text + "\n=====\n" + result);
        Assert.Equal(result, result.ReplaceLineEndings(eol));
        Assert.Equal(text.StartsWith('\uFEFF'), result.StartsWith('\uFEFF'));

        var verdict = ChangelogDiff.Compare(text, result);
        Assert.True(verdict.IsAppendOnly);
        Assert.Equal(expected, Assert.Single(verdict.AddedEntries).Text);
    }

    [Property(MaxTest = 300)]
    public void Add_never_corrupts_arbitrary_text(string text, NonEmptyString entry, byte typeIndex)
    {
        text ??= string.Empty;
        var type = ChangeTypes.All[typeIndex % ChangeTypes.All.Count];
        string result;
        try
        {
            result = ChangelogEditor.AddEntry(text, type, entry.Get);
        }
        catch (Exception e) when (e is ChangelogEditException or ArgumentException)
        {
            return;
        }

        Assert.True(LineDiff.IsPureInsertion(text, result), Escape(text) + " => " + Escape(result));
        Assert.True(ChangelogDiff.Compare(text, result).IsAppendOnly, Escape(text) + " => " + Escape(result));
    }

    [Property(MaxTest = 500)]
    public void Parse_is_lossless_and_lint_never_throws_for_any_text(string text)
    {
        text ??= string.Empty;
        var document = ChangelogDocument.Parse(text);

        Assert.Equal(text, string.Concat(document.Blocks.Select(b => b.SourceText)));
        _ = ChangelogLinter.Lint(document);
    }

    [Property(MaxTest = 200)]
    public void Parse_of_generated_changelogs_is_lossless(int seed)
    {
        var (text, _) = GenerateChangelog(new Random(seed));

        Assert.Equal(text, string.Concat(ChangelogDocument.Parse(text).Blocks.Select(b => b.SourceText)));
    }

    private static string Escape(string text)
        => string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));

    private static string Words(Random random, int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => s_words[random.Next(s_words.Length)]));

    private static (string Text, string Eol) GenerateChangelog(Random random)
    {
        var eol = new[] { "\n", "\r\n", "\r" }[random.Next(3)];
        var blank = random.Next(2) == 0;
        var lines = new List<string>();
        void Gap()
        {
            if (blank)
            {
                lines.Add(string.Empty);
            }
        }

        if (random.Next(5) > 0)
        {
            lines.Add("# Changelog");
            lines.Add(string.Empty);
        }

        if (random.Next(2) == 0)
        {
            lines.Add("All notable changes to this project will be documented in this file.");
            lines.Add(string.Empty);
        }

        var unreleased = random.Next(10) switch { 0 => 0, 1 => 2, _ => 1 };
        var sections = new List<string>();
        sections.AddRange(Enumerable.Repeat("## [Unreleased]", unreleased));
        var releases = random.Next(4);
        for (var i = releases; i > 0; i--)
        {
            sections.Add(random.Next(4) == 0 ? $"## v{i}.0.0 (2024-0{i}-01)" : $"## [{i}.0.0] - 2024-0{i}-01");
        }

        foreach (var heading in sections)
        {
            lines.Add(heading);
            Gap();
            if (random.Next(6) == 0)
            {
                lines.Add("<!-- notes -->");
                Gap();
            }

            var count = random.Next(4);
            var chosen = s_subsections.OrderBy(_ => random.Next()).Take(count).ToList();
            if (random.Next(8) == 0 && chosen.Count > 0)
            {
                chosen.Add(chosen[0]);
            }

            foreach (var subsection in chosen)
            {
                lines.Add("### " + subsection);
                Gap();
                for (var e = random.Next(4); e > 0; e--)
                {
                    lines.Add((random.Next(5) == 0 ? "* " : "- ") + Words(random, 1 + random.Next(5)));
                    if (random.Next(5) == 0)
                    {
                        lines.Add("  - " + Words(random, 2));
                    }
                }

                lines.Add(string.Empty);
            }

            if (!blank && lines.Count > 0 && lines[^1].Length == 0 && random.Next(2) == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }
        }

        if (random.Next(2) == 0)
        {
            lines.Add(string.Empty);
            lines.Add("[Unreleased]: https://example.invalid/compare/v1.0.0...HEAD");
            lines.Add("[1.0.0]: https://example.invalid/releases/tag/v1.0.0");
        }

        var builder = new StringBuilder();
        if (random.Next(5) == 0)
        {
            builder.Append('\uFEFF');
        }

        builder.Append(string.Join(eol, lines));
        if (lines.Count > 0 && random.Next(5) > 0)
        {
            builder.Append(eol);
        }

        return (builder.ToString(), eol);
    }
}
