using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using ProdReady.Git;
using ProdReady.Git.Changes;

namespace ProdReady.Benchmarks;

/// <summary>
/// Resolves a one-file change in a generated repository of many files: the git share of a
/// <c>prodready check</c> of a small change in a large repository.
/// </summary>
[MemoryDiagnoser]
public class ChangeScopeBenchmarks
{
    private string _folder = string.Empty;
    private string _root = string.Empty;
    private Dictionary<string, string?> _environment = [];

    /// <summary>Gets or sets the number of tracked files in the generated repository.</summary>
    [Params(20_000)]
    public int FileCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "prodready-bench-" + Guid.NewGuid().ToString("N")[..12]);
        _root = Path.Combine(_folder, "repo");
        var home = Path.Combine(_folder, "home");
        Directory.CreateDirectory(_root);
        Directory.CreateDirectory(home);
        _environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["HOME"] = home,
            ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["GIT_CONFIG_GLOBAL"] = "/dev/null",
            ["GIT_AUTHOR_NAME"] = "Bench",
            ["GIT_AUTHOR_EMAIL"] = "bench@example.invalid",
            ["GIT_COMMITTER_NAME"] = "Bench",
            ["GIT_COMMITTER_EMAIL"] = "bench@example.invalid",
            ["GIT_AUTHOR_DATE"] = "2026-01-01T12:00:00Z",
            ["GIT_COMMITTER_DATE"] = "2026-01-01T12:00:00Z",
        };

        Git("init", "--quiet", "-b", "main");
        for (var i = 0; i < FileCount; i++)
        {
            File.WriteAllText(ModulePath(i), Module(i, "return value"));
        }

        Git("add", "-A");
        Git("commit", "--quiet", "-m", "generated");
        Git("checkout", "--quiet", "-b", "topic");
        File.WriteAllText(ModulePath(FileCount / 2), Module(FileCount / 2, "return value + 1"));
        Git("commit", "--quiet", "-a", "-m", "one-file change");

        // Files written in the same second as the index are "racily clean" and git re-hashes them on
        // every diff. A working repository's index is newer than its files: refresh it a second later.
        Thread.Sleep(TimeSpan.FromSeconds(1.5));
        Git("update-index", "-q", "--refresh");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_folder))
        {
            foreach (var file in Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>
    /// The peer: one <c>git status --porcelain</c>, the least any tool runs to learn what changed in
    /// the working tree (it too compares every tracked file and walks the tree for untracked ones).
    /// </summary>
    [Benchmark(Baseline = true)]
    public int GitStatusPeer()
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _root, UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in (string[])["--no-optional-locks", "status", "--porcelain", "-z"])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in _environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("git did not start.");
        var length = process.StandardOutput.ReadToEnd().Length;
        process.WaitForExit();
        return length;
    }

    /// <summary>No scope given, on a topic branch: the merge base with <c>main</c> plus the working tree.</summary>
    [Benchmark]
    public async Task<int> DefaultScope() => (await Resolve(new ChangeScopeRequest(ChangeScopeMode.Default, _root))).Files.Count;

    /// <summary><c>--base main</c>.</summary>
    [Benchmark]
    public async Task<int> BaseScope() => (await Resolve(new ChangeScopeRequest(ChangeScopeMode.Base, _root, "main"))).Files.Count;

    /// <summary><c>--staged</c> (nothing staged).</summary>
    [Benchmark]
    public async Task<int> StagedScope() => (await Resolve(new ChangeScopeRequest(ChangeScopeMode.Staged, _root))).Files.Count;

    private Task<ChangeSet> Resolve(ChangeScopeRequest request) =>
        new ChangeScopeResolver(new GitCommandLineClient(environment: _environment)).ResolveAsync(request);

    private string ModulePath(int index)
    {
        var folder = Path.Combine(_root, "pkg" + (index / 250).ToString("D3", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "module" + index.ToString("D5", CultureInfo.InvariantCulture) + ".py");
    }

    private static string Module(int index, string body) =>
        new StringBuilder()
            .Append("\"\"\"Generated module ").Append(index.ToString(CultureInfo.InvariantCulture)).Append(".\"\"\"\n\n\n")
            .Append("def compute(value: int) -> int:\n    \"\"\"Computes.\n\n    Args:\n        value: The input.\n\n    Returns:\n        The result.\n    \"\"\"\n    ")
            .Append(body).Append('\n')
            .ToString();

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _root, UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in _environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("git did not start.");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error}");
        }
    }
}
