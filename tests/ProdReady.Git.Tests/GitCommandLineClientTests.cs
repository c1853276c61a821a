using ProdReady.Git.Diff;
using ProdReady.Testing;

namespace ProdReady.Git.Tests;

public sealed class GitCommandLineClientTests : IDisposable
{
    private readonly TempGitRepository _repo = TempGitRepository.Create();
    private readonly GitCommandLineClient _git;

    public GitCommandLineClientTests()
    {
        _git = new GitCommandLineClient(environment: _repo.Environment);
    }

    public void Dispose() => _repo.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reports_root_and_prefix_of_a_subfolder()
    {
        _repo.WriteFile("pkg/sub/a.py", "x = 1\n");

        var location = await _git.FindRepositoryAsync(_repo.FullPath("pkg/sub"), Token);

        Assert.NotNull(location);
        Assert.Equal(_repo.Root, location.Root);
        Assert.Equal("pkg/sub/", location.Prefix);
        Assert.Equal(string.Empty, (await _git.FindRepositoryAsync(_repo.Root, Token))!.Prefix);
    }

    [Fact]
    public async Task Reports_no_repository_outside_git()
    {
        using var outside = TempGitRepository.CreateWithoutRepository();
        var git = new GitCommandLineClient(environment: outside.Environment);

        Assert.Null(await git.FindRepositoryAsync(outside.Root, Token));
    }

    [Fact]
    public async Task Reports_branch_and_head_before_and_after_the_first_commit()
    {
        Assert.Equal("main", await _git.GetCurrentBranchAsync(_repo.Root, Token));
        Assert.Null(await _git.GetHeadCommitAsync(_repo.Root, Token));

        var commit = _repo.WriteFile("a.py", "a = 1\n").CommitAll("first");

        Assert.Equal(commit, await _git.GetHeadCommitAsync(_repo.Root, Token));
        _repo.Checkout(commit);
        Assert.Null(await _git.GetCurrentBranchAsync(_repo.Root, Token));
    }

    [Fact]
    public async Task Reports_default_branch_from_origin_head_then_main_then_master()
    {
        Assert.Null(await _git.GetDefaultBranchAsync(_repo.Root, Token));
        _repo.WriteFile("a.py", "a = 1\n").CommitAll("first");
        Assert.Equal("main", await _git.GetDefaultBranchAsync(_repo.Root, Token));

        _repo.Git("branch", "-m", "main", "master");
        Assert.Equal("master", await _git.GetDefaultBranchAsync(_repo.Root, Token));

        _repo.Git("branch", "-m", "master", "trunk");
        Assert.Null(await _git.GetDefaultBranchAsync(_repo.Root, Token));

        _repo.Git("update-ref", "refs/remotes/origin/develop", "HEAD");
        _repo.Git("symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/develop");
        Assert.Equal("origin/develop", await _git.GetDefaultBranchAsync(_repo.Root, Token));
    }

    [Fact]
    public async Task Reports_merge_base_and_none_for_unrelated_histories()
    {
        var fork = _repo.WriteFile("a.py", "a = 1\n").CommitAll("first");
        _repo.CheckoutNewBranch("topic").WriteFile("b.py", "b = 1\n").CommitAll("second");

        Assert.Equal(fork, await _git.GetMergeBaseAsync(_repo.Root, "main", Token));

        _repo.Git("checkout", "--quiet", "--orphan", "island");
        _repo.CommitAll("unrelated");
        Assert.Null(await _git.GetMergeBaseAsync(_repo.Root, "main", Token));
    }

    [Fact]
    public async Task Survives_unknown_revision_with_git_exception_carrying_the_command()
    {
        _repo.WriteFile("a.py", "a = 1\n").CommitAll("first");

        var error = await Assert.ThrowsAsync<GitException>(() => _git.GetMergeBaseAsync(_repo.Root, "no-such-branch", Token));

        Assert.Contains("merge-base HEAD no-such-branch", error.Command, StringComparison.Ordinal);
        Assert.Equal(128, error.ExitCode);
        Assert.NotEmpty(error.StandardError);
        Assert.Null(await _git.ResolveCommitAsync(_repo.Root, "no-such-branch", Token));
    }

    [Fact]
    public async Task Survives_revision_that_looks_like_an_option_with_argument_exception()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _git.GetMergeBaseAsync(_repo.Root, "--output=/tmp/x", Token));
        await Assert.ThrowsAsync<ArgumentException>(() => _git.GetWorkingTreeDiffAsync(_repo.Root, "-p", Token));
    }

    [Fact]
    public async Task Reports_working_tree_and_staged_diffs()
    {
        var first = _repo.WriteFile("a.py", "a = 1\nb = 2\nc = 3\n").CommitAll("first");
        _repo.WriteFile("a.py", "a = 1\nb = 20\nc = 3\n").Stage("a.py");
        _repo.WriteFile("a.py", "a = 1\nb = 20\nc = 30\n");

        var working = Assert.Single(await _git.GetWorkingTreeDiffAsync(_repo.Root, first, Token));
        var staged = Assert.Single(await _git.GetStagedDiffAsync(_repo.Root, Token));

        Assert.Equal([new LineRange(2, 3)], working.Lines);
        Assert.Equal([new LineRange(2, 2)], staged.Lines);
    }

    [Fact]
    public async Task Reports_staged_files_before_the_first_commit()
    {
        _repo.WriteFile("a.py", "a = 1\n").Stage();

        var file = Assert.Single(await _git.GetStagedDiffAsync(_repo.Root, Token));

        Assert.Equal(FileChangeStatus.Added, file.Status);
        Assert.Equal("a.py", file.Path);
    }

    [Fact]
    public async Task Reports_files_honouring_gitignore_and_deletions()
    {
        _repo.WriteFile(".gitignore", "*.log\nbuild/\n")
            .WriteFile("kept.py", "k = 1\n")
            .WriteFile("gone.py", "g = 1\n")
            .CommitAll("first");
        _repo.DeleteFile("gone.py")
            .WriteFile("new file.py", "n = 1\n")
            .WriteFile("debug.log", "noise\n")
            .WriteFile("build/out.py", "o = 1\n");

        var files = await _git.ListFilesAsync(_repo.Root, Token);
        var untracked = await _git.GetUntrackedFilesAsync(_repo.Root, Token);

        Assert.Equal([".gitignore", "kept.py", "new file.py"], files.Order(StringComparer.Ordinal));
        Assert.Equal(["new file.py"], untracked);
    }

    [Fact]
    public async Task Reports_file_content_at_a_revision_and_in_the_index()
    {
        var first = _repo.WriteFile("a.py", "old\n").CommitAll("first");
        _repo.WriteFile("a.py", "staged\n").Stage().WriteFile("a.py", "working\n");

        Assert.Equal("old\n", await _git.GetFileContentAsync(_repo.Root, first, "a.py", Token));
        Assert.Equal("staged\n", await _git.GetFileContentAsync(_repo.Root, null, "a.py", Token));
        Assert.Null(await _git.GetFileContentAsync(_repo.Root, first, "missing.py", Token));
        await Assert.ThrowsAsync<GitException>(() => _git.GetFileContentAsync(_repo.Root, "no-such-ref", "a.py", Token));
    }

    [Fact]
    public async Task Reads_file_bytes_undecoded_at_a_revision_and_in_the_index()
    {
        byte[] latin1 = [.. "# coding: latin-1\nx = '"u8, 0xE9, 0xFF, .. "'\n"u8];
        var first = _repo.WriteFile("a.py", "old\n").CommitAll("first");
        File.WriteAllBytes(_repo.FullPath("a.py"), latin1);
        _repo.Stage();

        Assert.Equal(latin1, await _git.GetFileBytesAsync(_repo.Root, null, "a.py", Token));
        Assert.Equal("old\n"u8.ToArray(), await _git.GetFileBytesAsync(_repo.Root, first, "a.py", Token));
        Assert.Null(await _git.GetFileBytesAsync(_repo.Root, null, "missing.py", Token));
        await Assert.ThrowsAsync<GitException>(() => _git.GetFileBytesAsync(_repo.Root, "no-such-ref", "a.py", Token));
    }

    [Fact]
    public async Task Reads_many_staged_files_in_one_batch()
    {
        byte[] binary = [0, 1, 2, (byte)'\n', 255, (byte)'\n'];
        _repo.WriteFile("a.py", "a = 1\n").WriteFile("dir/with space.py", "b = 2\n").WriteFile("empty.py", string.Empty);
        File.WriteAllBytes(_repo.FullPath("blob.bin"), binary);
        var odd = OperatingSystem.IsWindows() ? null : "line\nbreak.py";
        if (odd is not null)
        {
            _repo.WriteFile(odd, "c = 3\n");
        }

        _repo.Stage();
        _repo.WriteFile("a.py", "working tree, not staged\n");
        string[] paths = odd is null
            ? ["a.py", "missing.py", "dir/with space.py", "blob.bin", "empty.py"]
            : ["a.py", "missing.py", "dir/with space.py", "blob.bin", "empty.py", odd];
        var before = _git.ProcessCount;

        var contents = await _git.GetIndexFilesBytesAsync(_repo.Root, paths, Token);

        Assert.Equal("a = 1\n"u8.ToArray(), contents[0]);
        Assert.Null(contents[1]);
        Assert.Equal("b = 2\n"u8.ToArray(), contents[2]);
        Assert.Equal(binary, contents[3]);
        Assert.Equal(Array.Empty<byte>(), contents[4]);
        if (odd is not null)
        {
            Assert.Equal("c = 3\n"u8.ToArray(), contents[5]);
        }

        // One process for the batch (plus one for the path that cannot be named on a line).
        Assert.Equal(odd is null ? 1 : 2, _git.ProcessCount - before);
    }

    [Fact]
    public async Task Reports_commit_messages_of_a_range_newest_first()
    {
        var first = _repo.WriteFile("a.py", "a\n").CommitAll("first");
        _repo.WriteFile("a.py", "b\n").CommitAll("Second subject\n\nPlan: body line.\n");
        _repo.WriteFile("a.py", "c\n").CommitAll("third");

        var messages = await _git.GetCommitMessagesAsync(_repo.Root, first, Token);

        Assert.Equal(["third", "Second subject\n\nPlan: body line."], messages);
    }

    [Fact]
    public async Task Reports_process_count()
    {
        await _git.GetCurrentBranchAsync(_repo.Root, Token);
        await _git.ListFilesAsync(_repo.Root, Token);

        Assert.Equal(3, _git.ProcessCount);
    }

    [Fact]
    public async Task Survives_missing_git_executable_with_git_exception()
    {
        var git = new GitCommandLineClient("prodready-no-such-git-executable");

        var error = await Assert.ThrowsAsync<GitException>(() => git.FindRepositoryAsync(_repo.Root, Token));

        Assert.Null(error.ExitCode);
        Assert.Contains("Could not start", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Survives_cancellation_with_operation_canceled_exception()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _git.GetCurrentBranchAsync(_repo.Root, cancelled.Token));
    }

    [Fact]
    public async Task Survives_a_hanging_git_with_timeout_exception()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Uses a POSIX shell script as a stand-in for git.");
        var script = ShellScript.WriteExecutable(_repo.FullPath("../hanging-git.sh"), "exec sleep 30\n");

        var git = new GitCommandLineClient(script, TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<GitException>(() => git.GetCurrentBranchAsync(_repo.Root, Token));

        Assert.Contains("did not finish", error.Message, StringComparison.Ordinal);
        Assert.Null(error.ExitCode);
    }
}
