using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace ProdReady.Cli.Commands;

/// <summary>
/// Reads file revisions with the <c>git</c> command line: <c>git rev-parse --show-toplevel</c> finds the
/// repository, <c>git show REV:path</c> reads the bytes. Arguments are passed as a list (no shell), a
/// revision may not start with <c>-</c>, and every call has a time limit.
/// </summary>
internal sealed class ChangelogGitRevisionReader : ChangelogRevisionReader
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    // Variables that decide which repository and configuration git uses: taken from the CLI context
    // (so that in-process tests get their isolated repository), removed from the child when unset.
    private static readonly string[] s_passedVariables =
    [
        "HOME", "USERPROFILE", "XDG_CONFIG_HOME", "GIT_CONFIG_NOSYSTEM", "GIT_CONFIG_GLOBAL", "GIT_DIR", "GIT_WORK_TREE",
        "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_CEILING_DIRECTORIES",
    ];

    private readonly Func<string, string?> _environment;

    /// <summary>Initializes a new instance of the <see cref="ChangelogGitRevisionReader"/> class.</summary>
    /// <param name="environment">The environment lookup the git processes inherit from.</param>
    public ChangelogGitRevisionReader(Func<string, string?> environment)
    {
        _environment = environment;
    }

    /// <inheritdoc />
    public override async Task<byte[]?> ReadAsync(string path, string revision, CancellationToken cancellationToken)
    {
        if (revision.Length == 0 || revision.StartsWith('-') || revision.Contains(':', StringComparison.Ordinal))
        {
            throw new UsageException($"'{revision}' is not a revision");
        }

        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"{folder}: no such folder");
        }

        var top = await RunAsync(folder, cancellationToken, "rev-parse", "--show-toplevel").ConfigureAwait(false);
        if (top.ExitCode != 0)
        {
            throw new UsageException($"{folder} is not inside a git repository");
        }

        var commit = await RunAsync(folder, cancellationToken, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}").ConfigureAwait(false);
        if (commit.ExitCode != 0)
        {
            throw new UsageException($"unknown revision '{revision}'");
        }

        var root = Encoding.UTF8.GetString(top.Output).TrimEnd('\n', '\r');
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            // The repository root may be spelled differently (a symbolic link); name the file from its own folder.
            relative = "./" + Path.GetFileName(path);
        }
        else
        {
            relative = "/" + relative;
        }

        var spec = revision + ":" + (relative.StartsWith('/') ? relative[1..] : relative);
        var exists = await RunAsync(folder, cancellationToken, "cat-file", "-e", spec).ConfigureAwait(false);
        if (exists.ExitCode != 0)
        {
            return null;
        }

        var show = await RunAsync(folder, cancellationToken, "show", spec).ConfigureAwait(false);
        return show.ExitCode == 0
            ? show.Output
            : throw new UsageException($"git show {spec} failed: {show.Error.Trim()}");
    }

    private async Task<(int ExitCode, byte[] Output, string Error)> RunAsync(string folder, CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--no-pager");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in s_passedVariables)
        {
            var value = _environment(name);
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

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new UsageException("git is not installed or not on the PATH", e);
        }

        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_timeout);
        try
        {
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output, timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await Task.WhenAll(copy, error).ConfigureAwait(false);
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            return (process.ExitCode, output.ToArray(), await error.ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new UsageException($"git {string.Join(' ', arguments)} did not finish within {s_timeout.TotalSeconds:0} seconds");
        }
    }
}
