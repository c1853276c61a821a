namespace ProdReady.Changelog.Tests;

public sealed class ChangelogDiffTests
{
    private const string Base = "# Changelog\n\n## [Unreleased]\n### Added\n- a\n\n## [1.0.0] - 2024-01-01\n### Fixed\n- old fix\n\n[1.0.0]: https://x.invalid/1.0.0\n";

    [Fact]
    public void Reports_an_unchanged_file_as_append_only_without_changes()
    {
        var verdict = ChangelogDiff.Compare(Base, Base);

        Assert.False(verdict.HasChanges);
        Assert.True(verdict.IsAppendOnly);
        Assert.Empty(verdict.AddedEntries);
        Assert.False(verdict.ChangedOutsideUnreleased);
    }

    [Fact]
    public void Reports_an_added_entry_with_its_section_and_change_type()
    {
        var after = ChangelogEditor.AddEntry(Base, ChangeType.Security, "Escape output.");
        var verdict = ChangelogDiff.Compare(Base, after);

        var added = Assert.Single(verdict.AddedEntries);
        Assert.Equal(EntryChangeKind.Added, added.Kind);
        Assert.Equal("Unreleased", added.Section);
        Assert.Equal(ChangelogSectionKind.Unreleased, added.SectionKind);
        Assert.Equal(ChangeType.Security, added.ChangeType);
        Assert.Equal("Security", added.Subsection);
        Assert.Equal("Escape output.", added.Text);
        Assert.Equal(7, added.Line);
        Assert.True(verdict.IsAppendOnly);
        Assert.False(verdict.ReleasedSectionsChanged);
        Assert.False(verdict.ChangedOutsideUnreleased);
    }

    [Fact]
    public void Reports_an_edited_released_entry()
    {
        var verdict = ChangelogDiff.Compare(Base, Base.Replace("- old fix", "- rewritten fix", StringComparison.Ordinal));

        var edited = Assert.Single(verdict.EditedEntries);
        Assert.Equal("1.0.0", edited.Section);
        Assert.Equal(ChangeType.Fixed, edited.ChangeType);
        Assert.Equal("old fix", edited.OldText);
        Assert.Equal("rewritten fix", edited.Text);
        Assert.True(verdict.ReleasedSectionsChanged);
        Assert.Equal(["1.0.0"], verdict.ChangedReleases);
        Assert.True(verdict.ChangedOutsideUnreleased);
        Assert.False(verdict.IsAppendOnly);
    }

    [Fact]
    public void Reports_a_removed_unreleased_entry_as_not_append_only()
    {
        var verdict = ChangelogDiff.Compare(Base, Base.Replace("- a\n", string.Empty, StringComparison.Ordinal));

        var removed = Assert.Single(verdict.RemovedEntries);
        Assert.Equal("a", removed.Text);
        Assert.Equal(5, removed.Line);
        Assert.False(verdict.ChangedOutsideUnreleased);
        Assert.False(verdict.IsAppendOnly);
    }

    [Fact]
    public void Reports_an_entry_moved_to_another_change_type_as_removed_and_added()
    {
        var after = Base.Replace("### Added\n- a", "### Changed\n- a", StringComparison.Ordinal);
        var verdict = ChangelogDiff.Compare(Base, after);

        Assert.Equal(ChangeType.Changed, Assert.Single(verdict.AddedEntries).ChangeType);
        Assert.Equal(ChangeType.Added, Assert.Single(verdict.RemovedEntries).ChangeType);
        Assert.False(verdict.IsAppendOnly);
    }

    [Fact]
    public void Reports_changes_outside_unreleased_that_touch_no_entry()
    {
        var verdict = ChangelogDiff.Compare(Base, Base.Replace("# Changelog", "# Change log", StringComparison.Ordinal));

        Assert.True(verdict.ChangedOutsideUnreleased);
        Assert.False(verdict.ReleasedSectionsChanged);
        Assert.Empty(verdict.EditedEntries);
        Assert.False(verdict.IsAppendOnly);
    }

    [Fact]
    public void Reports_a_line_ending_rewrite_as_a_change_outside_unreleased()
    {
        var verdict = ChangelogDiff.Compare(Base, Base.ReplaceLineEndings("\r\n"));

        Assert.True(verdict.ChangedOutsideUnreleased);
        Assert.True(verdict.ReleasedSectionsChanged);
        Assert.Empty(verdict.AddedEntries);
        Assert.False(verdict.IsAppendOnly);
    }

    [Fact]
    public void Reports_a_release_as_a_new_release_section_and_a_change_outside_unreleased()
    {
        var before = Fixtures.Read("Parse", "keep-a-changelog.md");
        var verdict = ChangelogDiff.Compare(before, ChangelogEditor.Release(before, "1.2.0", new DateOnly(2024, 5, 1)));

        Assert.Equal(["1.2.0"], verdict.AddedReleases);
        Assert.False(verdict.ReleasedSectionsChanged);
        Assert.True(verdict.ChangedOutsideUnreleased);
        Assert.False(verdict.IsAppendOnly);
    }

    [Fact]
    public void Reports_a_created_unreleased_section_as_append_only()
    {
        var before = Fixtures.Read("Parse", "no-unreleased.md");
        var verdict = ChangelogDiff.Compare(before, ChangelogEditor.AddEntry(before, ChangeType.Fixed, "x"));

        Assert.True(verdict.IsAppendOnly);
        Assert.Single(verdict.AddedEntries);
    }

    [Fact]
    public void Reports_a_new_file_as_added_entries_but_not_append_only()
    {
        var verdict = ChangelogDiff.Compare(string.Empty, Base);

        Assert.Equal(["a", "old fix"], verdict.AddedEntries.Select(e => e.Text));
        Assert.True(verdict.ChangedOutsideUnreleased);
        Assert.False(verdict.IsAppendOnly);
    }

    [Fact]
    public void Matches_duplicate_entries_by_position()
    {
        var before = "## [Unreleased]\n### Fixed\n- same\n- same\n";
        var verdict = ChangelogDiff.Compare(before, "## [Unreleased]\n### Fixed\n- same\n- new\n- same\n");

        var added = Assert.Single(verdict.AddedEntries);
        Assert.Equal("new", added.Text);
        Assert.Equal(4, added.Line);
        Assert.True(verdict.IsAppendOnly);
    }

    [Fact]
    public void Survives_large_rewrites_beyond_the_table_limit()
    {
        var before = string.Concat(Enumerable.Range(0, 3000).Select(i => $"- entry {i}\n"));
        var after = string.Concat(Enumerable.Range(0, 3000).Select(i => $"- changed {i}\n"));
        var verdict = ChangelogDiff.Compare("## [Unreleased]\n### Added\n" + before, "## [Unreleased]\n### Added\n" + after);

        Assert.Equal(3000, verdict.EditedEntries.Count);
        Assert.False(verdict.IsAppendOnly);
    }
}
