namespace ProdReady.Analysis.Configuration;

/// <summary>
/// The rule selectors of the command line (<c>--select</c>, <c>--ignore</c>, <c>--extend-select</c>), applied over the
/// configuration as ruff applies them: a later layer decides only the codes its selectors match, except that
/// <c>--select</c> replaces the configured selection altogether.
/// </summary>
/// <param name="Select">The selectors of <c>--select</c>, or <see langword="null"/> when it was not given.</param>
/// <param name="Ignore">The selectors of <c>--ignore</c>.</param>
/// <param name="ExtendSelect">The selectors of <c>--extend-select</c>.</param>
public sealed record SelectionOverrides(IReadOnlyList<string>? Select, IReadOnlyList<string> Ignore, IReadOnlyList<string> ExtendSelect)
{
    /// <summary>Gets a value indicating whether the command line gave no selector at all.</summary>
    public bool IsEmpty => Select is null && Ignore.Count == 0 && ExtendSelect.Count == 0;

    /// <summary>Decides a code over the configuration's decision.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="configured">Whether the configuration enables it.</param>
    /// <returns>Whether the rule runs.</returns>
    public bool IsEnabled(string code, bool configured)
    {
        ArgumentNullException.ThrowIfNull(code);
        var ignore = RuleSelection.LongestMatch(Ignore, code);
        if (Select is not null)
        {
            var selected = Math.Max(RuleSelection.LongestMatch(Select, code), RuleSelection.LongestMatch(ExtendSelect, code));
            return selected > ignore && (selected > 0 || !RuleSelection.IsPreview(code));
        }

        var select = RuleSelection.LongestMatch(ExtendSelect, code);
        return select < 0 && ignore < 0 ? configured : select > ignore && (select > 0 || configured || !RuleSelection.IsPreview(code));
    }

    /// <summary>
    /// Checks every selector against the known codes, so that a typo stops the run instead of selecting nothing.
    /// </summary>
    /// <param name="known">The known codes.</param>
    /// <returns>The first problem as "--option: reason; did you mean `CODE`?", or <see langword="null"/> when every selector is known.</returns>
    public string? Validate(KnownRuleCodes known)
    {
        ArgumentNullException.ThrowIfNull(known);
        foreach (var (option, selectors) in new[] { ("--select", Select ?? []), ("--ignore", Ignore), ("--extend-select", ExtendSelect) })
        {
            foreach (var selector in selectors)
            {
                if (KnownRuleCodes.IsWellFormedSelector(selector) && known.IsKnownSelector(selector))
                {
                    continue;
                }

                var suggestion = known.Suggest(selector);
                return suggestion is null
                    ? $"{option}: unknown rule code or prefix `{selector}`"
                    : $"{option}: unknown rule code or prefix `{selector}`; did you mean `{suggestion}`?";
            }
        }

        return null;
    }

    /// <summary>Splits the values of a repeatable, comma-separated option (<c>--select PLH,RUN --select EXT</c>).</summary>
    /// <param name="values">The option's values.</param>
    /// <returns>The selectors, trimmed, in order.</returns>
    public static IReadOnlyList<string> Split(IEnumerable<string>? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];
}
