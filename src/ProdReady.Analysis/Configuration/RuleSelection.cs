using ProdReady.Analysis.Discovery;

namespace ProdReady.Analysis.Configuration;

/// <summary>
/// Which rules run, from <c>select</c>, <c>ignore</c> and <c>per-file-ignores</c>. As in ruff, the most
/// specific matching selector decides between <c>select</c> and <c>ignore</c> (<c>PLH001</c> beats
/// <c>PLH0</c> beats <c>PLH</c> beats <c>ALL</c>; at equal length <c>ignore</c> wins), and a per-file
/// ignore always disables. Immutable, so one instance serves every analysis thread.
/// </summary>
public sealed class RuleSelection
{
    private readonly string[] _select;
    private readonly string[] _ignore;
    private readonly (IgnorePattern Pattern, string[] Codes)[] _perFile;
    private readonly PathBase _base;
    private readonly SelectionOverrides? _overrides;

    /// <summary>Initializes a new instance of the <see cref="RuleSelection"/> class.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="root">The checked root that file paths are relative to.</param>
    /// <param name="overrides">The command line's selectors, applied over the configuration, or <see langword="null"/>.</param>
    public RuleSelection(ProdReadyConfiguration configuration, string root, SelectionOverrides? overrides = null)
    {
        _overrides = overrides is { IsEmpty: false } ? overrides : null;
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(root);
        _select = [.. configuration.Select];
        _ignore = [.. configuration.Ignore];
        _base = PathBase.ForConfiguration(root, configuration.Directory);
        var perFile = new List<(IgnorePattern Pattern, string[] Codes)>();
        foreach (var entry in configuration.PerFileIgnores)
        {
            var pattern = IgnorePattern.Parse(entry.Pattern, 0);
            if (pattern is not null)
            {
                perFile.Add((pattern, [.. entry.Codes]));
            }
        }

        _perFile = [.. perFile];
    }

    /// <summary>Whether a rule is enabled by <c>select</c> and <c>ignore</c>, before per-file ignores.</summary>
    /// <param name="code">The rule code.</param>
    /// <returns><see langword="true"/> when the rule runs.</returns>
    public bool IsEnabled(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var select = LongestMatch(_select, code);
        var configured = select > LongestMatch(_ignore, code) && (select > 0 || !IsPreview(code));
        return _overrides is null ? configured : _overrides.IsEnabled(code, configured);
    }

    /// <summary>Whether a rule is enabled for a file.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="path">The file path relative to the checked root, with <c>/</c> separators.</param>
    /// <returns><see langword="true"/> when the rule runs on the file.</returns>
    public bool IsEnabled(string code, string path) => ForFile(path).IsEnabled(code);

    /// <summary>The selection for one file, with its per-file ignores resolved once.</summary>
    /// <param name="path">The file path relative to the checked root, with <c>/</c> separators.</param>
    /// <returns>The file's selection.</returns>
    public FileRuleSelection ForFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var ignored = new List<string>();
        foreach (var (pattern, codes) in _perFile)
        {
            if (MatchesFileOrAncestor(pattern, path))
            {
                ignored.AddRange(codes);
            }
        }

        return new FileRuleSelection(this, path, [.. ignored]);
    }

    /// <summary>Whether a code belongs to a preview rule, which only a selector naming it or its prefix enables (never <c>ALL</c>).</summary>
    /// <param name="code">The rule code.</param>
    /// <returns><see langword="true"/> for a preview rule.</returns>
    internal static bool IsPreview(string code) => RuleCatalog.Find(code)?.Info.Status == Engine.RuleStatus.Preview;

    /// <summary>The length of the longest selector that matches the code (0 for <c>ALL</c>), or -1 when none does.</summary>
    /// <param name="selectors">The selectors.</param>
    /// <param name="code">The code.</param>
    /// <returns>The specificity.</returns>
    internal static int LongestMatch(IReadOnlyList<string> selectors, string code)
    {
        var longest = -1;
        foreach (var selector in selectors)
        {
            var length = selector == KnownRuleCodes.All ? 0
                : code.StartsWith(selector, StringComparison.Ordinal) ? selector.Length
                : -1;
            longest = Math.Max(longest, length);
        }

        return longest;
    }

    /// <summary>Whether a pattern matches the file, or one of its folders (so <c>tests/</c> covers the files below it).</summary>
    private bool MatchesFileOrAncestor(IgnorePattern pattern, string path)
    {
        if (!_base.TryRelativize(path, out var relative))
        {
            return false;
        }

        if (pattern.Matches(relative, isDirectory: false))
        {
            return true;
        }

        for (var slash = relative.IndexOf('/'); slash > 0; slash = relative.IndexOf('/', slash + 1))
        {
            if (pattern.Matches(relative.AsSpan(0, slash), isDirectory: true))
            {
                return true;
            }
        }

        return false;
    }
}
