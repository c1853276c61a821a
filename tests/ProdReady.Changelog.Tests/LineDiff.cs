using System.Text.RegularExpressions;

namespace ProdReady.Changelog.Tests;

/// <summary>An independent check that one text is another plus one contiguous block of inserted lines.</summary>
internal static partial class LineDiff
{
    public static bool IsPureInsertion(string before, string after)
    {
        var x = Split(before);
        var y = Split(after);
        if (x.Count > 0 && !EndsWithBreak(x[^1]))
        {
            foreach (var eol in new[] { "\n", "\r\n", "\r" })
            {
                var terminated = x.ToList();
                terminated[^1] += eol;
                if (IsContiguousInsertion(terminated, y) && after.StartsWith(before, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return IsContiguousInsertion(x, y);
    }

    public static List<string> Split(string text) => [.. LineBreak().Split(text).Where(l => l.Length > 0)];

    private static bool EndsWithBreak(string line) => line.EndsWith('\n') || line.EndsWith('\r');

    private static bool IsContiguousInsertion(List<string> x, List<string> y)
    {
        if (y.Count < x.Count)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < x.Count && x[prefix] == y[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < x.Count - prefix && x[x.Count - 1 - suffix] == y[y.Count - 1 - suffix])
        {
            suffix++;
        }

        return prefix + suffix == x.Count;
    }

    [GeneratedRegex(@"(?<=\r\n|\n|\r(?!\n))")]
    private static partial Regex LineBreak();
}
