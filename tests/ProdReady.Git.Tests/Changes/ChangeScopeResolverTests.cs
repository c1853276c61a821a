using ProdReady.Git.Changes;
using ProdReady.Git.Diff;
using ProdReady.Testing;

namespace ProdReady.Git.Tests.Changes;

public sealed class ChangeScopeResolverTests : IDisposable
{
    private const string Module = "def keep():\n    return 1\n\n\ndef edit():\n    x = 1\n    y = 2\n    return x + y\n";

    private readonly TempGitRepository _repo = TempGitRepository.Create();
    private readonly GitCommandLineClient _git;
    private readonly ChangeScopeResolver _resolver;

    public ChangeScopeResolverTests()
    {
        _git = new GitCommandLineClient(environment: _repo.Environment);
        _resolver = new ChangeScopeResolver(_git);
    }

    public void Dispose() => _repo.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reports_committed_change_on_a_branch_against_the_default_branch()
    {
        var fork = _repo.WriteFile("app.py", Module).CommitAll("first");
        _repo.CheckoutNewBranch("topic").WriteFile("app.py", Module.Replace("y = 2", "y = 3", StringComparison.Ordinal)).CommitAll("edit");

        var changes = await ResolveAsync(ChangeScopeMode.Default);

        Assert.Equal(ChangeScope.SinceMergeBase, changes.Scope);
        Assert.Equal($"changes since merge base {fork[..7]} with main (the default branch; branch topic)", changes.Description);
        Assert.Equal("main", changes.BaseRef);
        Assert.Equal(fork, changes.BaseCommit);
        var file = Assert.Single(changes.Files);
        Assert.Equal([new LineRange(7, 7)], file.Lines);
        Assert.True(changes.Touches("app.py", 5, 8));
        Assert.False(changes.Touches("app.py", 1, 2));
    }

    [Fact]
    public async Task Reports_committed_staged_unstaged_and_untracked_changes_with_base()
    {
        var fork = _repo.WriteFile("committed.py", "a = 1\n").WriteFile("staged.py", "b = 1\n").WriteFile("unstaged.py", "c = 1\n").CommitAll("first");
        _repo.CheckoutNewBranch("topic").WriteFile("committed.py", "a = 2\n").CommitAll("commit");
        _repo.WriteFile("staged.py", "b = 2\n").Stage("staged.py");
        _repo.WriteFile("unstaged.py", "c = 2\n").WriteFile("untracked.py", "d = 1\n");

        var changes = await ResolveAsync(ChangeScopeMode.Base, "main");

        Assert.Equal(ChangeScope.SinceMergeBase, changes.Scope);
        Assert.Equal($"changes since merge base {fork[..7]} with main", changes.Description);
        Assert.Equal(["committed.py", "staged.py", "unstaged.py", "untracked.py"], changes.Files.Select(f => f.Path));
        var untracked = changes.Find("untracked.py")!;
        Assert.True(untracked.IsNew);
        Assert.True(untracked.IsWholeFile);
        Assert.Equal(FileChangeStatus.Added, untracked.Status);
        Assert.True(changes.Touches("untracked.py", 1, 1));
        Assert.False(changes.Find("staged.py")!.IsNew);
    }

    [Fact]
    public async Task Reports_only_the_index_when_staged()
    {
        _repo.WriteFile("a.py", "a = 1\n").WriteFile("b.py", "b = 1\n").CommitAll("first");
        _repo.WriteFile("a.py", "a = 2\n").Stage("a.py");
        _repo.WriteFile("b.py", "b = 2\n").WriteFile("c.py", "c = 1\n");

        var changes = await ResolveAsync(ChangeScopeMode.Staged);

        Assert.Equal(ChangeScope.Staged, changes.Scope);
        Assert.Equal("staged changes", changes.Description);
        Assert.Equal(["a.py"], changes.Files.Select(f => f.Path));
    }

    [Fact]
    public async Task Reports_staged_content_for_the_staged_scope()
    {
        _repo.WriteFile("a.py", "a = 1\n").CommitAll("first");
        _repo.WriteFile("a.py", "a = 2\n").Stage().WriteFile("a.py", "a = 3\n");

        var staged = await ResolveAsync(ChangeScopeMode.Staged);
        var all = await ResolveAsync(ChangeScopeMode.Default);

        Assert.Equal("a = 2\n", await _resolver.ReadChangedContentAsync(staged, "a.py", Token));
        Assert.Equal("a = 3\n", await _resolver.ReadChangedContentAsync(all, "a.py", Token));
        Assert.Equal("a = 1\n", await _resolver.ReadBaseContentAsync(all, "a.py", Token));

        // As bytes, one file or many at once, from the index or the working tree; null where missing.
        Assert.Equal("a = 2\n"u8.ToArray(), await _resolver.ReadChangedBytesAsync(staged, "a.py", Token));
        Assert.Equal("a = 3\n"u8.ToArray(), await _resolver.ReadChangedBytesAsync(all, "a.py", Token));
        var fromIndex = await _resolver.ReadChangedBytesAsync(staged, ["a.py", "missing.py"], Token);
        var fromTree = await _resolver.ReadChangedBytesAsync(all, ["a.py", "missing.py"], Token);
        Assert.Equal("a = 2\n"u8.ToArray(), fromIndex[0]);
        Assert.Null(fromIndex[1]);
        Assert.Equal("a = 3\n"u8.ToArray(), fromTree[0]);
        Assert.Null(fromTree[1]);
    }

    [Fact]
    public async Task Reads_no_base_content_through_git_for_a_file_absent_now_and_untouched()
    {
        _repo.WriteFile("a.py", "a = 1\n").CommitAll("first");
        _repo.WriteFile("a.py", "a = 2\n");
        var changes = await ResolveAsync(ChangeScopeMode.Default);
        var processes = _git.ProcessCount;

        Assert.Null(await _resolver.ReadBaseContentAsync(changes, "CHANGELOG.md", Token));
        Assert.Equal(processes, _git.ProcessCount);
        Assert.True(changes.IsUntouchedSinceBase("CHANGELOG.md"));
        Assert.False(changes.IsUntouchedSinceBase("a.py"));
    }

    [Fact]
    public async Task Reads_the_base_content_of_a_file_moved_away_even_when_path_filters_leave_it_out()
    {
        _repo.WriteFile("CHANGELOG.md", "# Changelog\n").WriteFile("src/a.py", "a = 1\n").CommitAll("first");
        _repo.Git("mv", "CHANGELOG.md", "HISTORY.md");
        _repo.WriteFile("src/a.py", "a = 2\n");

        var changes = await ResolveAsync(ChangeScopeMode.Default, paths: ["src"]);

        Assert.Equal(["src/a.py"], changes.Files.Select(f => f.Path));
        Assert.False(changes.IsUntouchedSinceBase("CHANGELOG.md"));
        Assert.Equal("# Changelog\n", await _resolver.ReadBaseContentAsync(changes, "CHANGELOG.md", Token));
    }

    [Fact]
    public async Task Reads_the_base_content_through_git_when_staged_and_the_working_file_is_gone()
    {
        _repo.WriteFile("CHANGELOG.md", "# Changelog\n").WriteFile("a.py", "a = 1\n").CommitAll("first");
        _repo.WriteFile("a.py", "a = 2\n").Stage("a.py").DeleteFile("CHANGELOG.md");

        var changes = await ResolveAsync(ChangeScopeMode.Staged);

        Assert.False(changes.IsUntouchedSinceBase("CHANGELOG.md"));
        Assert.Equal("# Changelog\n", await _resolver.ReadBaseContentAsync(changes, "CHANGELOG.md", Token));
    }

    [Fact]
    public async Task Reports_uncommitted_changes_on_the_default_branch()
    {
        _repo.WriteFile("app.py", Module).CommitAll("first");
        _repo.WriteFile("app.py", Module.Replace("return 1", "return 2", StringComparison.Ordinal)).WriteFile("new.py", "n = 1\n");

        var changes = await ResolveAsync(ChangeScopeMode.Default);

        Assert.Equal(ChangeScope.Uncommitted, changes.Scope);
        Assert.Equal("uncommitted changes (on the default branch main)", changes.Description);
        Assert.Equal("HEAD", changes.BaseRef);
        Assert.Equal(["app.py", "new.py"], changes.Files.Select(f => f.Path));
        Assert.True(changes.Touches("app.py", 1, 2));
        Assert.False(changes.Touches("app.py", 5, 8));
    }

    [Fact]
    public async Task Reports_function_whose_lines_were_only_deleted()
    {
        _repo.WriteFile("app.py", Module).CommitAll("first");
        _repo.WriteFile("app.py", Module.Replace("    y = 2\n", string.Empty, StringComparison.Ordinal));

        var changes = await ResolveAsync(ChangeScopeMode.Default);

        // edit() now spans lines 5-7; the deletion sat between its lines 6 and 7.
        Assert.True(changes.Touches("app.py", 5, 7));
        Assert.False(changes.Touches("app.py", 1, 2));
    }

    [Fact]
    public async Task Reports_renamed_file_with_its_old_path_and_edited_lines()
    {
        _repo.WriteFile("old_name.py", Module).CommitAll("first");
        _repo.Git("mv", "old_name.py", "new_name.py");
        _repo.WriteFile("new_name.py", Module.Replace("x = 1", "x = 10", StringComparison.Ordinal));

        var changes = await ResolveAsync(ChangeScopeMode.Default);

        var file = Assert.Single(changes.Files);
        Assert.Equal(FileChangeStatus.Renamed, file.Status);
        Assert.Equal("old_name.py", file.OldPath);
        Assert.Equal("new_name.py", file.Path);
        Assert.Equal([new LineRange(6, 6)], file.Lines);
        Assert.Equal(Module, await _resolver.ReadBaseContentAsync(changes, "new_name.py", Token));
    }

    [Fact]
    public async Task Reports_deleted_file_as_not_analyzable()
    {
        _repo.WriteFile("gone.py", Module).WriteFile("kept.py", "k = 1\n").CommitAll("first");
        _repo.Git("rm", "--quiet", "gone.py");

        var changes = await ResolveAsync(ChangeScopeMode.Default);

        var file = Assert.Single(changes.Files);
        Assert.Equal(FileChangeStatus.Deleted, file.Status);
        Assert.False(file.IsAnalyzable);
        Assert.False(changes.IsInScope("gone.py"));
        Assert.False(changes.Touches("gone.py", 1, 100));
    }

    [Fact]
    public async Task Reports_binary_file_as_not_analyzable()
    {
        _repo.WriteBytes("data.bin", [0, 1, 2, 3]).CommitAll("first");
        _repo.WriteBytes("data.bin", [0, 9, 9, 9]);

        var changes = await ResolveAsync(ChangeScopeMode.Default);

        var file = Assert.Single(changes.Files);
        Assert.True(file.IsBinary);
        Assert.False(file.IsAnalyzable);
    }

    [Fact]
    public async Task Reports_paths_with_spaces_and_non_ascii_names()
    {
        _repo.WriteFile("dir with space/mödule.py", "a = 1\n").WriteFile("tab\tname.py", "t = 1\n").CommitAll("first");
        _repo.CheckoutNewBranch("topic")
            .WriteFile("dir with space/mödule.py", "a = 2\n")
            .WriteFile("tab\tname.py", "t = 2\n")
            .WriteFile("ünïcode new.py", "u = 1\n")
            .CommitAll("edit");

        var changes = await ResolveAsync(ChangeScopeMode.Default);

        Assert.Equal(["dir with space/mödule.py", "tab\tname.py", "ünïcode new.py"], changes.Files.Select(f => f.Path));
        Assert.Equal([new LineRange(1, 1)], changes.Find("dir with space/mödule.py")!.Lines);
        Assert.True(changes.Find("ünïcode new.py")!.IsNew);
    }

    [Fact]
    public async Task Reports_changes_of_a_detached_head_against_the_default_branch()
    {
        var fork = _repo.WriteFile("app.py", Module).CommitAll("first");
        _repo.CheckoutNewBranch("topic").WriteFile("app.py", Module + "\nz = 1\n").CommitAll("edit");
        _repo.Checkout(_repo.Git("rev-parse", "HEAD").Trim());

        var changes = await ResolveAsync(ChangeScopeMode.Default);

        Assert.Equal(ChangeScope.SinceMergeBase, changes.Scope);
        Assert.Equal($"changes since merge base {fork[..7]} with main (the default branch; detached HEAD)", changes.Description);
        Assert.Single(changes.Files);
    }

    [Fact]
    public async Task Reports_uncommitted_changes_of_a_detached_head_on_the_default_branch()
    {
        var first = _repo.WriteFile("app.py", Module).CommitAll("first");
        _repo.Checkout(first).WriteFile("app.py", Module + "\nz = 1\n");

        var changes = await ResolveAsync(ChangeScopeMode.Default);

        Assert.Equal(ChangeScope.Uncommitted, changes.Scope);
        Assert.Equal("uncommitted changes (detached HEAD has no commits beyond main)", changes.Description);
        Assert.Equal([new LineRange(9, 10)], Assert.Single(changes.Files).Lines);
    }

    [Fact]
    public async Task Reports_every_file_as_new_before_the_first_commit()
    {
        _repo.WriteFile("staged.py", "a = 1\n").Stage().WriteFile("untracked.py", "b = 1\n").WriteFile(".gitignore", "*.log\n").WriteFile("x.log", "l\n");

        var changes = await ResolveAsync(ChangeScopeMode.Default);

        Assert.Equal(ChangeScope.Uncommitted, changes.Scope);
        Assert.Equal("uncommitted changes (no commits yet: every file is new)", changes.Description);
        Assert.Null(changes.BaseCommit);
        Assert.Equal([".gitignore", "staged.py", "untracked.py"], changes.Files.Select(f => f.Path));
        Assert.All(changes.Files, file => Assert.True(file.IsNew));
        Assert.Empty(await _resolver.GetCommitMessagesAsync(changes, Token));
        Assert.Null(await _resolver.ReadBaseContentAsync(changes, "staged.py", Token));
    }

    [Fact]
    public async Task Reports_staged_files_before_the_first_commit()
    {
        _repo.WriteFile("staged.py", "a = 1\n").Stage().WriteFile("untracked.py", "b = 1\n");

        var changes = await ResolveAsync(ChangeScopeMode.Staged);

        Assert.Equal("staged changes (no commits yet)", changes.Description);
        Assert.True(Assert.Single(changes.Files).IsNew);
    }

    [Fact]
    public async Task Reports_uncommitted_changes_when_there_is_no_default_branch()
    {
        _repo.Git("checkout", "--quiet", "-b", "trunk");
        _repo.WriteFile("a.py", "a = 1\n").CommitAll("first");
        _repo.WriteFile("a.py", "a = 2\n");

        var changes = await ResolveAsync(ChangeScopeMode.Default);

        Assert.Equal(ChangeScope.Uncommitted, changes.Scope);
        Assert.Equal("uncommitted changes (branch trunk; no default branch found)", changes.Description);
        Assert.Single(changes.Files);
    }

    [Fact]
    public async Task Reports_uncommitted_changes_on_local_branch_of_origin_default()
    {
        _repo.WriteFile("a.py", "a = 1\n").CommitAll("first");
        _repo.Git("update-ref", "refs/remotes/origin/main", "HEAD");
        _repo.Git("symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/main");
        _repo.WriteFile("a.py", "a = 2\n");

        var changes = await ResolveAsync(ChangeScopeMode.Default);

        Assert.Equal("uncommitted changes (on the default branch main)", changes.Description);
    }

    [Fact]
    public async Task Reports_the_whole_tree_outside_a_repository()
    {
        using var outside = TempGitRepository.CreateWithoutRepository();
        outside.WriteFile("pkg/a.py", "a = 1\n");
        var resolver = new ChangeScopeResolver(new GitCommandLineClient(environment: outside.Environment));

        var changes = await resolver.ResolveAsync(new ChangeScopeRequest(ChangeScopeMode.Default, outside.Root, paths: ["pkg"]), Token);

        Assert.False(changes.IsGitRepository);
        Assert.True(changes.IsWholeTree);
        Assert.Equal("the whole tree (not a git repository)", changes.Description);
        Assert.Empty(changes.Files);
        Assert.Equal(["pkg"], changes.PathFilters);
        Assert.True(changes.IsInScope("pkg/a.py"));
        Assert.False(changes.IsInScope("other.py"));
        Assert.True(changes.Touches("pkg/a.py", 1, 1));
    }

    [Theory]
    [InlineData(ChangeScopeMode.Base)]
    [InlineData(ChangeScopeMode.Staged)]
    public async Task Survives_change_mode_outside_a_repository_with_scope_exception(ChangeScopeMode mode)
    {
        using var outside = TempGitRepository.CreateWithoutRepository();
        var resolver = new ChangeScopeResolver(new GitCommandLineClient(environment: outside.Environment));
        var request = new ChangeScopeRequest(mode, outside.Root, mode == ChangeScopeMode.Base ? "main" : null);

        var error = await Assert.ThrowsAsync<ChangeScopeException>(() => resolver.ResolveAsync(request, Token));

        Assert.Contains("not inside a git repository", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_the_whole_tree_honouring_gitignore()
    {
        _repo.WriteFile(".gitignore", "*.log\n").WriteFile("a.py", "a = 1\n").WriteFile("gone.py", "g\n").CommitAll("first");
        _repo.DeleteFile("gone.py").WriteFile("new.py", "n = 1\n").WriteFile("x.log", "l\n");

        var changes = await ResolveAsync(ChangeScopeMode.All);

        Assert.True(changes.IsWholeTree);
        Assert.Equal("the whole tree", changes.Description);
        Assert.Equal([".gitignore", "a.py", "new.py"], changes.Files.Select(f => f.Path));
        Assert.True(changes.Touches("a.py", 1, 1));
    }

    [Fact]
    public async Task Reports_only_files_under_explicit_paths()
    {
        _repo.WriteFile("src/a.py", "a\n").WriteFile("src/b.py", "b\n").WriteFile("srcx/c.py", "c\n").WriteFile("tests/t.py", "t\n").CommitAll("first");
        _repo.WriteFile("src/a.py", "a2\n").WriteFile("src/b.py", "b2\n").WriteFile("srcx/c.py", "c2\n").WriteFile("tests/t.py", "t2\n");

        var byFolder = await ResolveAsync(ChangeScopeMode.Default, paths: ["src"]);
        var byFile = await ResolveAsync(ChangeScopeMode.All, paths: ["tests/t.py", "./src/../src/b.py"]);
        var fromSubfolder = await _resolver.ResolveAsync(new ChangeScopeRequest(ChangeScopeMode.Default, _repo.FullPath("src"), paths: ["a.py"]), Token);

        Assert.Equal(["src/a.py", "src/b.py"], byFolder.Files.Select(f => f.Path));
        Assert.Equal(["src/b.py", "tests/t.py"], byFile.Files.Select(f => f.Path));
        Assert.Equal(["src/a.py"], fromSubfolder.Files.Select(f => f.Path));
        Assert.False(byFile.Touches("src/a.py", 1, 1));
    }

    [Fact]
    public async Task Survives_explicit_path_outside_the_repository_with_scope_exception()
    {
        _repo.WriteFile("a.py", "a\n").CommitAll("first");

        var error = await Assert.ThrowsAsync<ChangeScopeException>(() => ResolveAsync(ChangeScopeMode.Default, paths: ["../elsewhere"]));

        Assert.Contains("outside the repository", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Survives_explicit_path_that_does_not_exist_with_scope_exception()
    {
        _repo.WriteFile("a.py", "a\n").CommitAll("first");

        var error = await Assert.ThrowsAsync<ChangeScopeException>(() => ResolveAsync(ChangeScopeMode.Default, paths: ["typo.py"]));

        Assert.Equal("The path 'typo.py' does not exist.", error.Message);
    }

    [Fact]
    public async Task Reports_deleted_file_named_explicitly()
    {
        _repo.WriteFile("gone.py", "g\n").CommitAll("first");
        _repo.DeleteFile("gone.py");

        var changes = await ResolveAsync(ChangeScopeMode.Default, paths: ["gone.py"]);

        Assert.Equal(FileChangeStatus.Deleted, Assert.Single(changes.Files).Status);
    }

    [Fact]
    public async Task Survives_unknown_base_revision_with_scope_exception()
    {
        _repo.WriteFile("a.py", "a\n").CommitAll("first");

        var error = await Assert.ThrowsAsync<ChangeScopeException>(() => ResolveAsync(ChangeScopeMode.Base, "origin/nope"));

        Assert.StartsWith("Unknown revision 'origin/nope'", error.Message, StringComparison.Ordinal);
        Assert.IsType<GitException>(error.InnerException);
    }

    [Theory]
    [InlineData("--output=x")]
    [InlineData("main branch")]
    public async Task Survives_malformed_base_revision_with_scope_exception(string baseRef)
    {
        _repo.WriteFile("a.py", "a\n").CommitAll("first");

        var error = await Assert.ThrowsAsync<ChangeScopeException>(() => ResolveAsync(ChangeScopeMode.Base, baseRef));

        Assert.Contains("not a valid revision", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Survives_base_before_the_first_commit_with_scope_exception()
    {
        _repo.WriteFile("a.py", "a\n").Stage();
        _repo.Git("update-ref", "refs/heads/other", _repo.Git("commit-tree", _repo.Git("write-tree").Trim(), "-m", "x").Trim());

        var error = await Assert.ThrowsAsync<ChangeScopeException>(() => ResolveAsync(ChangeScopeMode.Base, "other"));

        Assert.Contains("no commits yet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Survives_base_without_common_history_with_scope_exception()
    {
        _repo.WriteFile("a.py", "a\n").CommitAll("first");
        _repo.Git("checkout", "--quiet", "--orphan", "island");
        _repo.CommitAll("unrelated");

        var error = await Assert.ThrowsAsync<ChangeScopeException>(() => ResolveAsync(ChangeScopeMode.Base, "main"));

        Assert.Contains("no common ancestor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_commit_messages_of_the_branch()
    {
        _repo.WriteFile("a.py", "a\n").CommitAll("on main");
        _repo.CheckoutNewBranch("topic").WriteFile("a.py", "b\n").CommitAll("Plan subject\n\nDesign: one line.");

        var changes = await ResolveAsync(ChangeScopeMode.Default);

        Assert.Equal(["Plan subject\n\nDesign: one line."], await _resolver.GetCommitMessagesAsync(changes, Token));
    }

    [Fact]
    public async Task Reports_one_file_change_in_few_git_processes()
    {
        _repo.WriteFile("a.py", "a\n").WriteFile("b.py", "b\n").CommitAll("first");
        _repo.CheckoutNewBranch("topic").WriteFile("a.py", "a2\n").CommitAll("edit");

        await ResolveAsync(ChangeScopeMode.Default);

        // rev-parse; symbolic-ref, rev-parse HEAD, for-each-ref, ls-files; merge-base; diff.
        Assert.Equal(7, _git.ProcessCount);
    }

    [Fact]
    public async Task Survives_missing_working_directory_with_scope_exception()
    {
        var request = new ChangeScopeRequest(ChangeScopeMode.Default, _repo.FullPath("does/not/exist"));

        await Assert.ThrowsAsync<ChangeScopeException>(() => _resolver.ResolveAsync(request, Token));
    }

    private Task<ChangeSet> ResolveAsync(ChangeScopeMode mode, string? baseRef = null, IReadOnlyList<string>? paths = null) =>
        _resolver.ResolveAsync(new ChangeScopeRequest(mode, _repo.Root, baseRef, paths), Token);
}
