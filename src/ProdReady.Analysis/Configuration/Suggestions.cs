namespace ProdReady.Analysis.Configuration;

/// <summary>"Did you mean" suggestions by edit distance.</summary>
internal static class Suggestions
{
    /// <summary>Finds the candidate closest to <paramref name="input"/>, if it is close enough to be a likely typo.</summary>
    /// <param name="input">What the user wrote.</param>
    /// <param name="candidates">The valid words.</param>
    /// <returns>The closest candidate within a distance of a third of its length (at least 2), or <see langword="null"/>.</returns>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(input.ToLowerInvariant().Replace('_', '-'), candidate);
            if (distance < bestDistance && distance <= Math.Max(2, candidate.Length / 3))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The Levenshtein distance between two strings.</summary>
    /// <param name="left">One string.</param>
    /// <param name="right">The other.</param>
    /// <returns>The number of single-character insertions, deletions and substitutions.</returns>
    public static int Distance(string left, string right)
    {
        var previous = new int[right.Length + 1];
        var current = new int[right.Length + 1];
        for (var j = 0; j <= right.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= right.Length; j++)
            {
                var substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[right.Length];
    }
}
