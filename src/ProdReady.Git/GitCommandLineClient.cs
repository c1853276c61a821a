using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ProdReady.Git.Diff;

namespace ProdReady.Git;

/// <summary>
/// <see cref="IGitClient"/> over the git command line: every call starts <c>git -C ROOT ...</c> with
/// an argument list (never a shell), no terminal prompts, no optional locks, UTF-8 output, unquoted
/// paths (<c>core.quotePath=false</c> or <c>-z</c>) and a time limit. Thread-safe: independent calls
/// may run concurrently.
/// </summary>
public sealed class GitCommandLineClient : IGitClient
{
    /// <summary>The time limit of one git command when none is given.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _executable;
    private readonly TimeSpan _timeout;
    private readonly KeyValuePair<string, string?>[] _environment;
    private int _processCount;

    /// <summary>Initializes a new instance of the <see cref="GitCommandLineClient"/> class.</summary>
    /// <param name="executable">The git executable, looked up on <c>PATH</c> when not a path.</param>
    /// <param name="timeout">The time limit of one command; <see cref="DefaultTimeout"/> when <see langword="null"/>.</param>
    /// <param name="environment">
    /// Variables set (or, with a <see langword="null"/> value, removed) for git on top of this
    /// process's environment, for example an isolated <c>HOME</c> in tests.
    /// </param>
    public GitCommandLineClient(string executable = "git", TimeSpan? timeout = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(executable);
        _executable = executable;
        _timeout = timeout ?? DefaultTimeout;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_timeout, TimeSpan.Zero, nameof(timeout));
        _environment = environment is null ? [] : [.. environment];
    }

    /// <summary>Gets how many git processes this client started (for benchmarks and tests).</summary>
    public int ProcessCount => Volatile.Read(ref _processCount);

    /// <inheritdoc />
    public async Task<RepositoryLocation?> FindRepositoryAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var result = await RunAsync(directory, ["rev-parse", "--show-toplevel", "--show-prefix"], cancellationToken, allowFailure: true).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            // Not a work tree: outside any repository, inside .git, or a bare repository.
            return null;
        }

        var lines = result.Output.Split('\n');
        var root = lines[0];
        if (root.Length == 0)
        {
            return null;
        }

        var prefix = lines.Length > 1 ? lines[1] : string.Empty;
        return new RepositoryLocation(Path.GetFullPath(root), prefix);
    }

    /// <inheritdoc />
    public async Task<string?> GetCurrentBranchAsync(string root, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(root, ["symbolic-ref", "--quiet", "--short", "HEAD"], cancellationToken, allowFailure: true).ConfigureAwait(false);
        return result.ExitCode switch
        {
            0 => NullIfEmpty(result.Output.TrimEnd('\n')),
            1 => null,
            _ => throw result.Failure(),
        };
    }

    /// <inheritdoc />
    public Task<string?> GetHeadCommitAsync(string root, CancellationToken cancellationToken = default) =>
        ResolveCommitAsync(root, "HEAD", cancellationToken);

    /// <inheritdoc />
    public async Task<string?> GetDefaultBranchAsync(string root, CancellationToken cancellationToken = default)
    {
        const string OriginHead = "refs/remotes/origin/HEAD";
        const string Main = "refs/heads/main";
        const string Master = "refs/heads/master";

        // One process answers all three questions: origin/HEAD's target, and whether main or master exist.
        var result = await RunAsync(
            root,
            ["for-each-ref", "--format=%(refname)%00%(symref)", OriginHead, Main, Master],
            cancellationToken).ConfigureAwait(false);
        var refs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = line.IndexOf('\0', StringComparison.Ordinal);
            if (separator > 0)
            {
                refs[line[..separator]] = line[(separator + 1)..];
            }
        }

        if (refs.TryGetValue(OriginHead, out var target) && target.StartsWith("refs/remotes/", StringComparison.Ordinal))
        {
            return target["refs/remotes/".Length..];
        }

        return refs.ContainsKey(Main) ? "main" : refs.ContainsKey(Master) ? "master" : null;
    }

    /// <inheritdoc />
    public async Task<string?> ResolveCommitAsync(string root, string revision, CancellationToken cancellationToken = default)
    {
        CheckRevision(revision);
        var result = await RunAsync(root, ["rev-parse", "--verify", "--quiet", revision + "^{commit}"], cancellationToken, allowFailure: true).ConfigureAwait(false);
        return result.ExitCode == 0 ? NullIfEmpty(result.Output.TrimEnd('\n')) : null;
    }

    /// <inheritdoc />
    public async Task<string?> GetMergeBaseAsync(string root, string revision, CancellationToken cancellationToken = default)
    {
        CheckRevision(revision);
        var result = await RunAsync(root, ["merge-base", "HEAD", revision], cancellationToken, allowFailure: true).ConfigureAwait(false);
        return result.ExitCode switch
        {
            0 => NullIfEmpty(result.Output.TrimEnd('\n')),
            1 when result.Error.Length == 0 => null,
            _ => throw result.Failure(),
        };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FileDiff>> GetWorkingTreeDiffAsync(string root, string baseCommit, CancellationToken cancellationToken = default)
    {
        CheckRevision(baseCommit);
        var result = await RunAsync(root, [.. DiffArguments, baseCommit, "--"], cancellationToken).ConfigureAwait(false);
        return Parse(result);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FileDiff>> GetStagedDiffAsync(string root, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(root, [.. DiffArguments, "--cached", "--"], cancellationToken).ConfigureAwait(false);
        return Parse(result);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> GetUntrackedFilesAsync(string root, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(root, ["ls-files", "--others", "--exclude-standard", "-z"], cancellationToken).ConfigureAwait(false);
        return SplitNul(result.Output);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListFilesAsync(string root, CancellationToken cancellationToken = default)
    {
        var listed = RunAsync(root, ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], cancellationToken);
        var deleted = RunAsync(root, ["ls-files", "--deleted", "-z"], cancellationToken);
        await Task.WhenAll(listed, deleted).ConfigureAwait(false);

        var missing = new HashSet<string>(SplitNul((await deleted.ConfigureAwait(false)).Output), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<string>();
        foreach (var path in SplitNul((await listed.ConfigureAwait(false)).Output))
        {
            // Unmerged paths appear once per stage; tracked files deleted from the working tree are gone.
            if (!missing.Contains(path) && seen.Add(path))
            {
                files.Add(path);
            }
        }

        return files;
    }

    /// <inheritdoc />
    public async Task<string?> GetFileContentAsync(string root, string? revision, string path, CancellationToken cancellationToken = default)
    {
        var bytes = await GetFileBytesAsync(root, revision, path, cancellationToken).ConfigureAwait(false);
        return bytes is null ? null : s_utf8.GetString(bytes);
    }

    /// <inheritdoc />
    public async Task<byte[]?> GetFileBytesAsync(string root, string? revision, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (revision is not null)
        {
            CheckRevision(revision);
        }

        var result = await RunAsync(root, ["cat-file", "blob", (revision ?? string.Empty) + ":" + path], cancellationToken, allowFailure: true).ConfigureAwait(false);
        if (result.ExitCode == 0)
        {
            return result.OutputBytes;
        }

        if (revision is not null && await ResolveCommitAsync(root, revision, cancellationToken).ConfigureAwait(false) is null)
        {
            throw result.Failure();
        }

        return null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<byte[]?>> GetIndexFilesBytesAsync(string root, IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var results = new byte[]?[paths.Count];
        if (paths.Count == 0)
        {
            return results;
        }

        // One `git cat-file --batch` reads every blob: a request line ":PATH" each (stage 0 of the index).
        // A path with a line break cannot be named on a line; it is read on its own.
        var batched = new List<int>(paths.Count);
        using var request = new MemoryStream();
        for (var i = 0; i < paths.Count; i++)
        {
            ArgumentException.ThrowIfNullOrEmpty(paths[i], nameof(paths));
            if (paths[i].AsSpan().ContainsAny('\n', '\r'))
            {
                results[i] = await GetFileBytesAsync(root, null, paths[i], cancellationToken).ConfigureAwait(false);
                continue;
            }

            batched.Add(i);
            request.Write(s_utf8.GetBytes(":" + paths[i] + "\n"));
        }

        if (batched.Count == 0)
        {
            return results;
        }

        var result = await RunAsync(root, ["cat-file", "--batch"], cancellationToken, input: request.ToArray()).ConfigureAwait(false);
        var output = result.OutputBytes.AsSpan();
        foreach (var index in batched)
        {
            var headerEnd = output.IndexOf((byte)'\n');
            if (headerEnd < 0)
            {
                throw new GitException($"'{result.Command}' ended before the object for {paths[index]}.", result.Command, result.ExitCode, result.Error);
            }

            var header = s_utf8.GetString(output[..headerEnd]);
            output = output[(headerEnd + 1)..];
            if (header.EndsWith(" missing", StringComparison.Ordinal) || header.EndsWith(" ambiguous", StringComparison.Ordinal))
            {
                continue;
            }

            // "<oid> <type> <size>", then the content and a line break.
            var fields = header.Split(' ');
            if (fields.Length != 3 || !long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size > output.Length - 1)
            {
                throw new GitException($"'{result.Command}' gave an unexpected header for {paths[index]}: {header}", result.Command, result.ExitCode, result.Error);
            }

            results[index] = output[..(int)size].ToArray();
            output = output[((int)size + 1)..];
        }

        return results;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> GetCommitMessagesAsync(string root, string baseCommit, CancellationToken cancellationToken = default)
    {
        CheckRevision(baseCommit);
        var result = await RunAsync(root, ["log", "--no-show-signature", "--format=%B%x00", baseCommit + "..HEAD", "--"], cancellationToken).ConfigureAwait(false);
        return result.Output.Split('\0').Select(static message => message.Trim()).Where(static message => message.Length > 0).ToArray();
    }

    private static string[] DiffArguments =>
    [
        "diff", "--no-color", "--no-ext-diff", "--no-textconv", "--no-relative", "-U0", "-M",
        "--src-prefix=a/", "--dst-prefix=b/", "--ignore-submodules",
    ];

    private static IReadOnlyList<FileDiff> Parse(GitResult result)
    {
        try
        {
            return UnifiedDiffParser.Parse(result.Output);
        }
        catch (FormatException e)
        {
            throw new GitException($"Could not read the output of '{result.Command}': {e.Message}", result.Command, result.ExitCode, result.Error, e);
        }
    }

    private static void CheckRevision(string revision)
    {
        ArgumentException.ThrowIfNullOrEmpty(revision);
        if (revision.StartsWith('-'))
        {
            // A revision starting with '-' would be read as an option by git.
            throw new ArgumentException($"'{revision}' is not a revision: it starts with '-'.", nameof(revision));
        }
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string[] SplitNul(string output) => output.Split('\0', StringSplitOptions.RemoveEmptyEntries);

    private async Task<GitResult> RunAsync(string directory, string[] arguments, CancellationToken cancellationToken, bool allowFailure = false, byte[]? input = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var start = new ProcessStartInfo(_executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = s_utf8,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(directory);
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotePath=false");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("color.ui=never");
        start.ArgumentList.Add("--no-pager");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in _environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        start.Environment["GIT_PAGER"] = "cat";

        var command = "git -C " + directory + " " + string.Join(' ', arguments);
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new GitException($"Could not start '{_executable}' (is git installed and on PATH?): {e.Message}", command, null, string.Empty, e);
        }

        Interlocked.Increment(ref _processCount);
        if (input is null)
        {
            process.StandardInput.Close();
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            // Standard output is read as bytes: file contents are not always UTF-8 (PEP 263 declarations).
            // Input is written while output is read, so that neither side can fill a pipe and stall the other.
            var output = ReadAllBytesAsync(process.StandardOutput.BaseStream, timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            if (input is not null)
            {
                await WriteAllBytesAsync(process.StandardInput.BaseStream, input, timeout.Token).ConfigureAwait(false);
            }

            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            var result = new GitResult(command, process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
            if (result.ExitCode != 0 && !allowFailure)
            {
                throw result.Failure();
            }

            return result;
        }
        catch (OperationCanceledException e)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            throw new GitException(
                string.Create(CultureInfo.InvariantCulture, $"'{command}' did not finish within {_timeout.TotalSeconds:0.#} s."),
                command,
                null,
                string.Empty,
                e);
        }
    }

    private static async Task WriteAllBytesAsync(Stream stream, byte[] bytes, CancellationToken cancellationToken)
    {
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<byte[]> ReadAllBytesAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // The process exited between the timeout and the kill: nothing left to stop.
        }
    }

    private sealed record GitResult(string Command, int ExitCode, byte[] OutputBytes, string Error)
    {
        /// <summary>Gets standard output decoded as UTF-8 (git's own output: paths, names, messages).</summary>
        public string Output => field ??= s_utf8.GetString(OutputBytes);

        public GitException Failure() => new(
            string.Create(CultureInfo.InvariantCulture, $"'{Command}' failed with exit code {ExitCode}: {Error.Trim()}"),
            Command,
            ExitCode,
            Error);
    }
}
