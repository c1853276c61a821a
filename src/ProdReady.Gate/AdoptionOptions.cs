using ProdReady.Analysis.Configuration;

namespace ProdReady.Gate;

/// <summary>The options of <c>prodready check</c> for adopting the gate on an existing codebase.</summary>
/// <param name="RunTools">The tools of <c>--run-tools</c> (empty for all three), or <see langword="null"/> when not given.</param>
/// <param name="BaselinePath">The baseline of <c>--baseline</c>, or <see langword="null"/> for the configured one.</param>
/// <param name="WriteBaselinePath">The file <c>--write-baseline</c> records today's findings in, or <see langword="null"/>.</param>
/// <param name="UpdateBaseline">Whether <c>--update-baseline</c> removes the entries that no longer match.</param>
/// <param name="Selectors">The selectors of <c>--select</c>, <c>--ignore</c> and <c>--extend-select</c>.</param>
internal sealed record AdoptionOptions(
    IReadOnlyList<string>? RunTools,
    string? BaselinePath,
    string? WriteBaselinePath,
    bool UpdateBaseline,
    SelectionOverrides Selectors)
{
    /// <summary>Gets a value indicating whether <c>--statistics</c> asks for a count per rule instead of the findings.</summary>
    public bool Statistics { get; init; }

    /// <summary>Gets a value indicating whether <c>--quiet</c> asks for the findings alone (nothing when the gate passes).</summary>
    public bool Quiet { get; init; }

    /// <summary>Gets a value indicating whether <c>--exit-zero</c> asks to exit 0 even when the gate fails.</summary>
    public bool ExitZero { get; init; }

    /// <summary>Gets the options when none is given.</summary>
    public static AdoptionOptions None { get; } = new(null, null, null, false, new SelectionOverrides(null, [], []));
}
