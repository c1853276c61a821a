using System.Text;
using ProdReady.Git.Diff;
using ProdReady.Testing;

namespace ProdReady.Git.Tests.Diff;

public sealed class UnifiedDiffParserTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Golden.PathNextToCaller("../Fixtures"), "*.diff").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Reports_files_of_fixture_as_in_golden(string fixture)
    {
        var diff = File.ReadAllText(Golden.PathNextToCaller("../Fixtures/" + fixture), Encoding.UTF8);

        var files = UnifiedDiffParser.Parse(diff);

        Golden.Match(Render(files), "../Fixtures/" + fixture + ".snap");
    }

    [Fact]
    public void Reports_added_modified_and_deleted_lines_of_a_zero_context_diff()
    {
        var file = Assert.Single(UnifiedDiffParser.Parse(Read("modified_u0.diff")));

        Assert.Equal("app.py", file.Path);
        Assert.Equal(FileChangeStatus.Modified, file.Status);

        // Line 5 inserted, old line 10 rewritten (now 11), old 15-16 deleted between new 15 and 16.
        Assert.Equal([new LineRange(5, 5), new LineRange(11, 11), new LineRange(15, 16)], file.Lines);
    }

    [Fact]
    public void Reports_the_same_lines_for_zero_and_full_context()
    {
        Assert.Equal(
            UnifiedDiffParser.Parse(Read("modified_u0.diff"))[0].Lines,
            UnifiedDiffParser.Parse(Read("modified_full.diff"))[0].Lines);
        Assert.Equal(
            UnifiedDiffParser.Parse(Read("pure_deletions_u0.diff"))[0].Lines,
            UnifiedDiffParser.Parse(Read("pure_deletions_full.diff"))[0].Lines);
    }

    [Fact]
    public void Reports_lines_around_a_pure_deletion_as_touched()
    {
        const string diff = "diff --git a/m.py b/m.py\n--- a/m.py\n+++ b/m.py\n@@ -7,2 +6,0 @@\n-    x = 1\n-    y = 2\n";

        var file = Assert.Single(UnifiedDiffParser.Parse(diff));

        Assert.Equal([new LineRange(6, 7)], file.Lines);
    }

    [Fact]
    public void Reports_line_one_for_a_deletion_at_the_start_of_the_file()
    {
        const string diff = "diff --git a/m.py b/m.py\n--- a/m.py\n+++ b/m.py\n@@ -1,2 +0,0 @@\n-a\n-b\n";

        Assert.Equal([new LineRange(1, 1)], UnifiedDiffParser.Parse(diff)[0].Lines);
    }

    [Fact]
    public void Reports_the_same_result_for_crlf_line_endings_in_the_diff_itself()
    {
        var lf = UnifiedDiffParser.Parse(Read("modified_u0.diff"));
        var crlf = UnifiedDiffParser.Parse(Read("crlf_line_endings.diff"));

        Assert.Equal(lf.Select(f => (f.OldPath, f.NewPath, f.Status)), crlf.Select(f => (f.OldPath, f.NewPath, f.Status)));
        Assert.Equal(lf[0].Lines, crlf[0].Lines);
    }

    [Fact]
    public void Reports_renamed_file_with_spaces_from_its_rename_lines()
    {
        var file = Assert.Single(UnifiedDiffParser.Parse(Read("rename_with_spaces.diff")));

        Assert.Equal(FileChangeStatus.Renamed, file.Status);
        Assert.Equal("still spaced.py", file.OldPath);
        Assert.Equal("now spaced too.py", file.NewPath);
        Assert.Equal([new LineRange(11, 11)], file.Lines);
    }

    [Fact]
    public void Reports_unquoted_names_of_quoted_paths()
    {
        var paths = UnifiedDiffParser.Parse(Read("quoted_paths.diff")).Select(f => f.Path);

        Assert.Equal(["quote\"name.py", "tab\tname.py", "with space.py", "ünï.py"], paths);
        Assert.Equal("ünï.py", UnifiedDiffParser.Parse(Read("quoted_octal.diff"))[0].Path);
    }

    [Fact]
    public void Reports_a_type_change_once()
    {
        var file = Assert.Single(UnifiedDiffParser.Parse(Read("type_change.diff")));

        Assert.Equal(FileChangeStatus.TypeChanged, file.Status);
        Assert.Equal("link", file.OldPath);
        Assert.Equal("link", file.NewPath);
        Assert.Equal([new LineRange(1, 1)], file.Lines);
    }

    [Fact]
    public void Reports_binary_files_without_lines()
    {
        var files = UnifiedDiffParser.Parse(Read("binary_and_mode.diff"));

        var binary = Assert.Single(files, f => f.IsBinary && f.Status == FileChangeStatus.Modified);
        Assert.Equal("blob.bin", binary.Path);
        Assert.Empty(binary.Lines);
        Assert.True(Assert.Single(UnifiedDiffParser.Parse(Read("binary_patch.diff"))).IsBinary);
    }

    [Fact]
    public void Reports_nothing_for_empty_input()
    {
        Assert.Empty(UnifiedDiffParser.Parse(string.Empty));
        Assert.Empty(UnifiedDiffParser.Parse("warning: something unrelated\n"));
    }

    [Fact]
    public void Ignores_combined_diffs_and_preamble()
    {
        var file = Assert.Single(UnifiedDiffParser.Parse(Read("preamble_and_combined.diff")));

        Assert.Equal("kept.py", file.Path);
        Assert.Equal([new LineRange(2, 2)], file.Lines);
    }

    [Theory]
    [InlineData("diff --git a/x b/x\n@@ -1 +1\n-a\n+b\n")]
    [InlineData("diff --git a/x b/x\n@@ -a +1 @@\n-a\n+b\n")]
    [InlineData("diff --git a/x b/x\n@@ @@\n")]
    public void Survives_malformed_hunk_header_with_format_exception(string diff)
    {
        var error = Assert.Throws<FormatException>(() => UnifiedDiffParser.Parse(diff));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diff --git a/x b/x\n@@ -1,3 +1,3 @@\n a\n-b\n")]
    [InlineData("diff --git a/x b/x\n@@ -1,2 +1,2 @@\n a\nbogus\n")]
    public void Survives_truncated_hunk_with_format_exception(string diff)
    {
        Assert.Throws<FormatException>(() => UnifiedDiffParser.Parse(diff));
    }

    [Fact]
    public void Survives_every_prefix_of_every_fixture()
    {
        foreach (var fixture in Fixtures())
        {
            var diff = Read(fixture.Data);
            for (var length = 0; length <= diff.Length; length++)
            {
                try
                {
                    UnifiedDiffParser.Parse(diff[..length]);
                }
                catch (FormatException)
                {
                    // A truncated hunk is reported, never a crash of another kind.
                }
            }
        }
    }

    private static string Read(string fixture) =>
        File.ReadAllText(Golden.PathNextToCaller("../Fixtures/" + fixture), Encoding.UTF8);

    private static string Render(IReadOnlyList<FileDiff> files)
    {
        var text = new StringBuilder();
        foreach (var file in files)
        {
            text.Append(file.Status)
                .Append(' ').Append(file.OldPath ?? "(none)")
                .Append(" -> ").Append(file.NewPath ?? "(none)")
                .Append(file.IsBinary ? " binary" : string.Empty)
                .Append(" lines ").Append(file.Lines)
                .Append('\n');
        }

        return text.ToString();
    }
}
