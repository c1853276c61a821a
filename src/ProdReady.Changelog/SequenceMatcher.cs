namespace ProdReady.Changelog;

/// <summary>
/// Finds a common subsequence of two string sequences: common prefix and suffix first, then a longest
/// common subsequence of the middle when it is small, else a greedy in-order match (linear-logarithmic).
/// </summary>
internal static class SequenceMatcher
{
    private const long MaxTableCells = 4_000_000;

    /// <summary>Returns the matched index pairs, increasing in both sequences.</summary>
    public static List<(int Old, int New)> Match(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var pairs = new List<(int Old, int New)>();
        var prefix = 0;
        while (prefix < left.Count && prefix < right.Count && left[prefix] == right[prefix])
        {
            pairs.Add((prefix, prefix));
            prefix++;
        }

        var suffix = 0;
        while (suffix < left.Count - prefix && suffix < right.Count - prefix
            && left[left.Count - 1 - suffix] == right[right.Count - 1 - suffix])
        {
            suffix++;
        }

        var n = left.Count - prefix - suffix;
        var m = right.Count - prefix - suffix;
        if (n > 0 && m > 0)
        {
            if ((long)n * m <= MaxTableCells)
            {
                Lcs(left, right, prefix, n, m, pairs);
            }
            else
            {
                Greedy(left, right, prefix, n, m, pairs);
            }
        }

        for (var i = suffix; i > 0; i--)
        {
            pairs.Add((left.Count - i, right.Count - i));
        }

        return pairs;
    }

    private static void Lcs(IReadOnlyList<string> left, IReadOnlyList<string> right, int offset, int n, int m, List<(int Old, int New)> pairs)
    {
        var table = new int[(n + 1) * (m + 1)];
        var width = m + 1;
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                table[(i * width) + j] = left[offset + i] == right[offset + j]
                    ? table[((i + 1) * width) + j + 1] + 1
                    : Math.Max(table[((i + 1) * width) + j], table[(i * width) + j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (left[offset + x] == right[offset + y])
            {
                pairs.Add((offset + x, offset + y));
                x++;
                y++;
            }
            else if (table[((x + 1) * width) + y] >= table[(x * width) + y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }
    }

    private static void Greedy(IReadOnlyList<string> left, IReadOnlyList<string> right, int offset, int n, int m, List<(int Old, int New)> pairs)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < m; j++)
        {
            if (!positions.TryGetValue(right[offset + j], out var list))
            {
                list = [];
                positions.Add(right[offset + j], list);
            }

            list.Add(j);
        }

        var last = -1;
        for (var i = 0; i < n; i++)
        {
            if (!positions.TryGetValue(left[offset + i], out var list))
            {
                continue;
            }

            var index = list.BinarySearch(last + 1);
            if (index < 0)
            {
                index = ~index;
            }

            if (index < list.Count)
            {
                last = list[index];
                pairs.Add((offset + i, offset + last));
            }
        }
    }
}
