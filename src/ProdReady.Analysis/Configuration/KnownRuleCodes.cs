namespace ProdReady.Analysis.Configuration;

/// <summary>
/// The rule codes that exist (from the rule catalogue), answering whether a configured selector names
/// any of them: <c>ALL</c>, a whole category (<c>PLH</c>), a code prefix (<c>PLH0</c>) or a code (<c>PLH001</c>).
/// </summary>
public sealed class KnownRuleCodes
{
    /// <summary>The selector that matches every rule.</summary>
    public const string All = "ALL";

    private readonly HashSet<string> _selectors = new(StringComparer.Ordinal);
    private readonly List<string> _codes = [];

    /// <summary>Initializes a new instance of the <see cref="KnownRuleCodes"/> class.</summary>
    /// <param name="codes">The codes of every rule (letters then digits, such as <c>PLH001</c>).</param>
    public KnownRuleCodes(IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        foreach (var code in codes)
        {
            ArgumentNullException.ThrowIfNull(code, nameof(codes));
            _codes.Add(code);
            var letters = LetterCount(code);
            for (var length = Math.Max(letters, 1); length <= code.Length; length++)
            {
                _selectors.Add(code[..length]);
            }
        }
    }

    /// <summary>Whether a selector is <c>ALL</c> or names at least one known code by its complete letter prefix plus optional digits.</summary>
    /// <param name="selector">The selector.</param>
    /// <returns><see langword="true"/> when the selector is known.</returns>
    public bool IsKnownSelector(string selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        return selector == All || _selectors.Contains(selector);
    }

    /// <summary>
    /// Suggests the known code or category prefix closest to a wrong selector (compared in upper case), if one is
    /// close enough to be a likely typo: <c>PLH01</c> and <c>plh001</c> suggest <c>PLH001</c>, <c>PHL</c> suggests <c>PLH</c>.
    /// </summary>
    /// <param name="selector">The wrong selector.</param>
    /// <returns>The suggestion, or <see langword="null"/>.</returns>
    public string? Suggest(string selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var input = selector.Trim().ToUpperInvariant();
        if (input.Length == 0)
        {
            return null;
        }

        var candidates = _codes.Concat(_codes.Select(c => c[..LetterCount(c)])).Append(All).Distinct(StringComparer.Ordinal);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var distance = Suggestions.Distance(input, candidate);
            if (distance < bestDistance && distance <= Math.Max(1, candidate.Length / 3))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Whether a selector has the shape of one: <c>ALL</c>, or uppercase ASCII letters followed by digits.</summary>
    /// <param name="selector">The selector.</param>
    /// <returns><see langword="true"/> when well formed.</returns>
    public static bool IsWellFormedSelector(string selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        if (selector == All)
        {
            return true;
        }

        var letters = LetterCount(selector);
        if (letters == 0)
        {
            return false;
        }

        for (var i = letters; i < selector.Length; i++)
        {
            if (!char.IsAsciiDigit(selector[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int LetterCount(string code)
    {
        var letters = 0;
        while (letters < code.Length && char.IsAsciiLetterUpper(code[letters]))
        {
            letters++;
        }

        return letters;
    }
}
