using System.Runtime.CompilerServices;
using Xunit;

namespace ProdReady.Testing;

/// <summary>Golden-file assertion. Set <c>PRODREADY_UPDATE_GOLDEN=1</c> to (re)write expected files.</summary>
public static class Golden
{
    private const string UpdateVariable = "PRODREADY_UPDATE_GOLDEN";

    /// <summary>Gets a value indicating whether golden files are being rewritten instead of compared.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Resolves <paramref name="relativePath"/> against the directory of the calling source file.</summary>
    public static string PathNextToCaller(string relativePath, [CallerFilePath] string callerFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerFile)!, relativePath));

    /// <summary>Asserts <paramref name="actual"/> equals the file at <paramref name="relativePath"/>,
    /// resolved against the directory of the calling test's source file.</summary>
    public static void Match(string actual, string relativePath, [CallerFilePath] string callerFile = "")
    {
        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerFile)!, relativePath));
        MatchFile(actual, path);
    }

    /// <summary>Asserts <paramref name="actual"/> equals the file at the absolute <paramref name="path"/>.</summary>
    public static void MatchFile(string actual, string path)
    {
        var received = path + ".received";
        var normalized = actual.ReplaceLineEndings("\n");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        if (Updating)
        {
            File.WriteAllText(path, normalized);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (expected == normalized)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalized);
        Assert.Fail(expected is null
            ? $"No golden file at {path}; wrote {received}. Review it, then rerun with {UpdateVariable}=1."
            : $"Output differs from {path} (actual written to {received}).\n{FirstDifference(expected, normalized)}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end of file>";
            var right = i < a.Length ? a[i] : "<end of file>";
            if (!string.Equals(left, right, StringComparison.Ordinal))
            {
                return $"line {i + 1}:\n- {left}\n+ {right}";
            }
        }

        return "(lines match; only the final newline differs)";
    }
}
