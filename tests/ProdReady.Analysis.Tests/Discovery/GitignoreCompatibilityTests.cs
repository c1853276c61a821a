using System.Runtime.CompilerServices;
using ProdReady.Analysis.Discovery;

namespace ProdReady.Analysis.Tests.Discovery;

/// <summary>
/// The gitignore matcher against a table of pattern / path / verdict rows whose verdicts were produced by
/// <c>git check-ignore</c>; one test re-derives every verdict with the real git so the table cannot drift.
/// </summary>
public sealed class GitignoreCompatibilityTests
{
    private const string Separator = " && ";

    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var row in ReadTable())
        {
            data.Add(row.Patterns, row.Path, row.Kind, row.Verdict);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_like_git_check_ignore(string patterns, string path, string kind, string verdict)
    {
        var list = IgnoreList.Parse(PathBase.Root, patterns.Replace(Separator, "\n", StringComparison.Ordinal) + "\n");

        var ignored = IsIgnoredWithAncestors(list, path, kind == "d");

        Assert.Equal(verdict == "ignored", ignored);
    }

    [Fact]
    public void Table_verdicts_are_what_git_says()
    {
        if (!Git.IsAvailable())
        {
            Assert.Skip("git is not installed");
        }

        var rows = ReadTable();
        var root = Path.Combine(Path.GetTempPath(), "prodready-gitignore-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(root);
            Assert.Equal(0, Git.Run(root, "init -q").ExitCode);
            var queries = new List<string>();
            for (var i = 0; i < rows.Count; i++)
            {
                var (patterns, path, kind, _) = rows[i];
                var caseDirectory = Path.Combine(root, "c" + i);
                Directory.CreateDirectory(caseDirectory);
                File.WriteAllText(Path.Combine(caseDirectory, ".gitignore"), patterns.Replace(Separator, "\n", StringComparison.Ordinal) + "\n");
                var full = Path.Combine(caseDirectory, path);
                if (kind == "d")
                {
                    Directory.CreateDirectory(full);
                }
                else
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    File.WriteAllText(full, "");
                }

                queries.Add($"c{i}/{path}");
            }

            var (_, output) = Git.Run(root, "check-ignore --no-index -v -n -z --stdin", string.Join('\0', queries) + "\0");
            var fields = output.Split('\0');
            for (var i = 0; i < rows.Count; i++)
            {
                Assert.Equal(queries[i], fields[(4 * i) + 3]);
                var gitIgnored = fields[4 * i].Length > 0 && !fields[(4 * i) + 2].StartsWith('!');
                Assert.True(
                    (rows[i].Verdict == "ignored") == gitIgnored,
                    $"git says {(gitIgnored ? "ignored" : "included")} for pattern(s) '{rows[i].Patterns}' and path '{rows[i].Path}'");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Git's rule: a path is ignored when one of its directories is (nothing inside can be re-included), else by its own last matching pattern.</summary>
    private static bool IsIgnoredWithAncestors(IgnoreList list, string path, bool isDirectory)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            if (list.Match(path[..slash], isDirectory: true) == true)
            {
                return true;
            }
        }

        return list.Match(path, isDirectory) == true;
    }

    private static List<(string Patterns, string Path, string Kind, string Verdict)> ReadTable([CallerFilePath] string source = "")
    {
        var file = Path.Combine(Path.GetDirectoryName(source)!, "Fixtures", "gitignore-cases.tsv");
        var rows = new List<(string, string, string, string)>();
        foreach (var line in File.ReadAllLines(file))
        {
            if (line.StartsWith("# pattern", StringComparison.Ordinal) || line.Length == 0)
            {
                continue;
            }

            var columns = line.Split('\t');
            rows.Add((columns[0], columns[1], columns[2], columns[3]));
        }

        return rows;
    }
}
