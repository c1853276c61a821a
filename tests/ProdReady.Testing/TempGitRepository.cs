using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ProdReady.Testing;

/// <summary>
/// A throw-away git repository in a temporary folder, driven by the real <c>git</c> with an isolated
/// configuration: its own <c>HOME</c>, no system or global config, fixed author and committer names
/// and dates. Created with <c>git init -b main</c>; the folder is deleted on dispose.
/// </summary>
public sealed class TempGitRepository : IDisposable
{
    /// <summary>The author and committer date of the first commit; each further commit is one minute later.</summary>
    public static readonly DateTimeOffset FirstCommitDate = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    private readonly string _folder;
    private int _commits;

    private TempGitRepository(string folder, string root, bool initialize)
    {
        _folder = folder;
        Root = root;
        Directory.CreateDirectory(root);
        var home = Path.Combine(folder, "home");
        Directory.CreateDirectory(home);
        Environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["HOME"] = home,
            ["USERPROFILE"] = home,
            ["XDG_CONFIG_HOME"] = Path.Combine(home, ".config"),
            ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["GIT_CONFIG_GLOBAL"] = "/dev/null",
            ["GIT_AUTHOR_NAME"] = "Test Author",
            ["GIT_AUTHOR_EMAIL"] = "author@example.invalid",
            ["GIT_COMMITTER_NAME"] = "Test Committer",
            ["GIT_COMMITTER_EMAIL"] = "committer@example.invalid",
            ["GIT_TERMINAL_PROMPT"] = "0",
            ["LC_ALL"] = "C",

            // Variables a surrounding git (a hook running the tests) may have set must not leak in.
            ["GIT_DIR"] = null,
            ["GIT_WORK_TREE"] = null,
            ["GIT_INDEX_FILE"] = null,
            ["GIT_OBJECT_DIRECTORY"] = null,
            ["GIT_ALTERNATE_OBJECT_DIRECTORIES"] = null,
            ["GIT_CEILING_DIRECTORIES"] = folder,
        };

        if (initialize)
        {
            Git("init", "--quiet", "-b", "main");
        }
    }

    /// <summary>Gets the work tree's root folder.</summary>
    public string Root { get; }

    /// <summary>
    /// Gets the variables every git command of this repository runs with (a <see langword="null"/>
    /// value removes the variable). Pass them to the client under test so it sees the same isolation.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Environment { get; }

    /// <summary>Creates a repository (<c>git init -b main</c>) in a new temporary folder.</summary>
    /// <returns>The repository.</returns>
    public static TempGitRepository Create() => CreateCore(initialize: true);

    /// <summary>Creates a temporary folder with the same isolation but no repository, for "outside git" cases.</summary>
    /// <returns>The folder, as a repository object whose <see cref="Git"/> calls fail until initialised.</returns>
    public static TempGitRepository CreateWithoutRepository() => CreateCore(initialize: false);

    /// <summary>Writes a text file (UTF-8, no BOM, the text's own line endings), creating folders.</summary>
    /// <param name="path">The path relative to <see cref="Root"/>, with forward slashes.</param>
    /// <param name="content">The content.</param>
    /// <returns>This repository.</returns>
    public TempGitRepository WriteFile(string path, string content)
    {
        var full = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, new UTF8Encoding(false));
        return this;
    }

    /// <summary>Writes a binary file, creating folders.</summary>
    /// <param name="path">The path relative to <see cref="Root"/>, with forward slashes.</param>
    /// <param name="content">The bytes.</param>
    /// <returns>This repository.</returns>
    public TempGitRepository WriteBytes(string path, byte[] content)
    {
        var full = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return this;
    }

    /// <summary>Deletes a file from the working tree (not from the index).</summary>
    /// <param name="path">The path relative to <see cref="Root"/>.</param>
    /// <returns>This repository.</returns>
    public TempGitRepository DeleteFile(string path)
    {
        File.Delete(FullPath(path));
        return this;
    }

    /// <summary>Stages paths (<c>git add -- paths</c>), or everything (<c>git add -A</c>) when none are given.</summary>
    /// <param name="paths">Paths relative to <see cref="Root"/>.</param>
    /// <returns>This repository.</returns>
    public TempGitRepository Stage(params string[] paths)
    {
        if (paths.Length == 0)
        {
            Git("add", "-A");
        }
        else
        {
            Git(["add", "--", .. paths]);
        }

        return this;
    }

    /// <summary>Commits what is staged with the next fixed date.</summary>
    /// <param name="message">The commit message.</param>
    /// <returns>The new commit's id.</returns>
    public string Commit(string message)
    {
        var date = FirstCommitDate.AddMinutes(_commits++).ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["GIT_AUTHOR_DATE"] = date,
            ["GIT_COMMITTER_DATE"] = date,
        };
        Run(["commit", "--quiet", "--allow-empty", "--no-verify", "-m", message], environment);
        return Git("rev-parse", "HEAD").Trim();
    }

    /// <summary>Stages everything and commits it.</summary>
    /// <param name="message">The commit message.</param>
    /// <returns>The new commit's id.</returns>
    public string CommitAll(string message)
    {
        Stage();
        return Commit(message);
    }

    /// <summary>Creates a branch at HEAD without switching to it.</summary>
    /// <param name="name">The branch name.</param>
    /// <returns>This repository.</returns>
    public TempGitRepository Branch(string name)
    {
        Git("branch", "--", name);
        return this;
    }

    /// <summary>Switches to a branch or commit (<c>git checkout</c>; a commit id detaches HEAD).</summary>
    /// <param name="revision">The branch or commit.</param>
    /// <returns>This repository.</returns>
    public TempGitRepository Checkout(string revision)
    {
        Git("checkout", "--quiet", revision, "--");
        return this;
    }

    /// <summary>Creates a branch at HEAD and switches to it (<c>git checkout -b</c>).</summary>
    /// <param name="name">The branch name.</param>
    /// <returns>This repository.</returns>
    public TempGitRepository CheckoutNewBranch(string name)
    {
        Git("checkout", "--quiet", "-b", name);
        return this;
    }

    /// <summary>Runs git in <see cref="Root"/> and returns its standard output.</summary>
    /// <param name="arguments">The arguments, passed as a list (no shell).</param>
    /// <returns>Standard output.</returns>
    /// <exception cref="InvalidOperationException">git exited with a non-zero code.</exception>
    public string Git(params string[] arguments) => Run(arguments, null);

    /// <summary>Returns the absolute path of a repository-relative path.</summary>
    /// <param name="path">The path relative to <see cref="Root"/>, with forward slashes.</param>
    /// <returns>The absolute path.</returns>
    public string FullPath(string path) => Path.GetFullPath(Path.Combine(Root, path));

    /// <inheritdoc />
    public void Dispose()
    {
        if (!Directory.Exists(_folder))
        {
            return;
        }

        // git writes its objects read-only; clear the flag so that the delete succeeds everywhere.
        foreach (var file in Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static TempGitRepository CreateCore(bool initialize)
    {
        var folder = Path.Combine(Path.GetTempPath(), "prodready-git-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            return new TempGitRepository(folder, Path.Combine(folder, "repo"), initialize);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    private string Run(string[] arguments, Dictionary<string, string?>? extra)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in extra is null ? Environment : Environment.Concat(extra))
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

        using var process = Process.Start(start) ?? throw new InvalidOperationException("git did not start.");
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(s_timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} did not finish within {s_timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {error.Result}");
        }

        return output;
    }
}
