using System.Globalization;
using System.Text;
using ProdReady.Testing;

namespace ProdReady.Changelog.Tests;

public sealed class ChangelogEditorTests
{
    public static TheoryData<string> EditFixtures() => [.. Fixtures.Names("Edits")];

    [Theory]
    [MemberData(nameof(EditFixtures))]
    public void Produces_the_expected_file_for_every_edit_fixture(string name)
    {
        var input = Fixtures.Read("Edits", name);
        var instruction = Fixtures.Read("Edits", Path.ChangeExtension(name, ".edit")).TrimEnd('\n');
        var actual = ApplyInstruction(input, instruction);
        var expectedPath = Path.Combine(Fixtures.Directory("Edits"), Path.GetFileNameWithoutExtension(name) + ".expected.md");

        if (Golden.Updating)
        {
            File.WriteAllBytes(expectedPath, Fixtures.Encode(actual));
        }

        Assert.True(File.Exists(expectedPath), $"No expected file {expectedPath}; run with PRODREADY_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(Fixtures.Read("Edits", Path.GetFileName(expectedPath)), actual);
    }

    [Theory]
    [MemberData(nameof(EditFixtures))]
    public void Adds_only_lines_and_leaves_every_other_line_identical(string name)
    {
        var input = Fixtures.Read("Edits", name);
        var instruction = Fixtures.Read("Edits", Path.ChangeExtension(name, ".edit")).TrimEnd('\n');
        if (!instruction.StartsWith("add ", StringComparison.Ordinal))
        {
            return;
        }

        var output = ApplyInstruction(input, instruction);
        var verdict = ChangelogDiff.Compare(input, output);

        Assert.True(LineDiff.IsPureInsertion(input, output), "the edit rewrote an existing line");
        Assert.True(verdict.IsAppendOnly);
        Assert.Single(verdict.AddedEntries);
        Assert.Equal("Unreleased", verdict.AddedEntries[0].Section);
    }

    [Fact]
    public void Writes_new_lines_in_the_files_own_line_ending()
    {
        var output = ChangelogEditor.AddEntry("# Changelog\r\n\r\n## [Unreleased]\r\n", ChangeType.Fixed, "A fix.");

        Assert.Equal("# Changelog\r\n\r\n## [Unreleased]\r\n\r\n### Fixed\r\n- A fix.\r\n", output);
    }

    [Theory]
    [InlineData("\na\r")]
    [InlineData("# T\n\n## [Unreleased]\r")]
    [InlineData("# T\r\r\r\n## [Unreleased]\r\n### Added\r- a\r\n\n")]
    public void Survives_mixed_line_endings_without_fusing_line_breaks(string text)
    {
        var output = ChangelogEditor.AddEntry(text, ChangeType.Added, "new");

        Assert.True(LineDiff.IsPureInsertion(text, output));
        Assert.True(ChangelogDiff.Compare(text, output).IsAppendOnly);
    }

    [Fact]
    public void Refuses_two_unreleased_sections()
    {
        var text = "# Changelog\n\n## [Unreleased]\n### Added\n- a\n\n## Unreleased\n### Fixed\n- b\n";

        var error = Assert.Throws<ChangelogEditException>(() => ChangelogEditor.AddEntry(text, ChangeType.Added, "c"));
        Assert.Contains("2 [Unreleased] sections (lines 3, 7)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_change_type_that_appears_twice_under_unreleased()
    {
        var text = "## [Unreleased]\n### Added\n- a\n### Added\n- b\n";

        var error = Assert.Throws<ChangelogEditException>(() => ChangelogEditor.AddEntry(text, ChangeType.Added, "c"));
        Assert.Contains("'### Added' subsections (lines 2, 4)", error.Message, StringComparison.Ordinal);
        Assert.Throws<ChangelogEditException>(() => ChangelogEditor.AddEntry(text, ChangeType.Added, "d"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\r\n")]
    public void Refuses_an_empty_entry(string entry)
    {
        Assert.Throws<ArgumentException>(() => ChangelogEditor.AddEntry("## [Unreleased]\n", ChangeType.Added, entry));
    }

    [Theory]
    [InlineData("first line\n# a heading")]
    [InlineData("opens a comment <!--")]
    [InlineData("first\n```")]
    public void Refuses_entry_text_that_would_change_the_structure(string entry)
    {
        var text = Fixtures.Read("Parse", "compact.md");

        Assert.Throws<ChangelogEditException>(() => ChangelogEditor.AddEntry(text, ChangeType.Added, entry));
    }

    [Fact]
    public void Strips_a_bullet_the_user_typed()
    {
        var output = ChangelogEditor.AddEntry("## [Unreleased]\n### Added\n- a\n", ChangeType.Added, "- b");

        Assert.Equal("## [Unreleased]\n### Added\n- a\n- b\n", output);
    }

    [Fact]
    public void Release_refuses_a_version_not_greater_than_the_latest()
    {
        var text = Fixtures.Read("Parse", "keep-a-changelog.md");

        var error = Assert.Throws<ChangelogEditException>(() => ChangelogEditor.Release(text, "1.1.1", new DateOnly(2024, 1, 1)));
        Assert.Contains("not greater than the latest release 1.1.1", error.Message, StringComparison.Ordinal);
        Assert.Throws<ChangelogEditException>(() => ChangelogEditor.Release(text, "1.0.9", new DateOnly(2024, 1, 1)));
        Assert.Throws<ChangelogEditException>(() => ChangelogEditor.Release(text, "1.1.1-rc.1", new DateOnly(2024, 1, 1)));
    }

    [Theory]
    [InlineData("v1.2.0")]
    [InlineData("1.2")]
    [InlineData("01.2.0")]
    public void Release_refuses_a_version_that_is_not_semver(string version)
    {
        Assert.Throws<ChangelogEditException>(() => ChangelogEditor.Release(Fixtures.Read("Parse", "compact.md"), version, new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public void Release_refuses_an_empty_or_missing_unreleased_section()
    {
        Assert.Throws<ChangelogEditException>(() => ChangelogEditor.Release("# Changelog\n\n## [Unreleased]\n", "1.0.0", new DateOnly(2024, 1, 1)));
        Assert.Throws<ChangelogEditException>(() => ChangelogEditor.Release(Fixtures.Read("Parse", "no-unreleased.md"), "3.0.0", new DateOnly(2024, 1, 1)));
        Assert.Throws<ChangelogEditException>(() => ChangelogEditor.Release(Fixtures.Read("Parse", "duplicates.md"), "3.0.0", new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public void Release_accepts_the_first_release()
    {
        var output = ChangelogEditor.Release("# Changelog\n\n## [Unreleased]\n### Added\n- a\n", "0.1.0", new DateOnly(2024, 1, 31));

        Assert.Equal("# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2024-01-31\n### Added\n- a\n", output);
    }

    [Fact]
    public void CreateNew_writes_a_changelog_that_lints_clean()
    {
        var text = ChangelogEditor.CreateNew();

        Assert.Empty(ChangelogLinter.Lint(ChangelogDocument.Parse(text)));
        Assert.Equal(text.ReplaceLineEndings("\r\n"), ChangelogEditor.CreateNew("\r\n"));
        Assert.EndsWith("## [Unreleased]\n", text, StringComparison.Ordinal);
    }

    internal static string ApplyInstruction(string input, string instruction)
    {
        var parts = instruction.Split(' ', 3);
        return parts[0] switch
        {
            "add" => ChangelogEditor.AddEntry(
                input,
                ChangeTypes.TryParse(parts[1], out var type) ? type : throw new InvalidDataException(instruction),
                parts[2].Replace("\\n", "\n", StringComparison.Ordinal)),
            "release" => ChangelogEditor.Release(input, parts[1], DateOnly.ParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ => throw new InvalidDataException(instruction),
        };
    }
}
