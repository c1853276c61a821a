namespace ProdReady.Analysis.Suppressions;

/// <summary>Which suppressions a change itself brings in, so the gate can show what was silenced.</summary>
public static class SuppressionChanges
{
    /// <summary>
    /// Returns the directives that sit on lines the change added or modified. A directive on a changed
    /// line counts as added even when an older version of the line carried it too: the change touched
    /// the silenced line, so the report shows it (a conservative choice that never hides a suppression).
    /// Malformed directives silence nothing and are not returned.
    /// </summary>
    /// <param name="directives">The directives of the file in its new version.</param>
    /// <param name="isLineChanged">Whether a 1-based line of the new version was added or modified by the change.</param>
    /// <returns>The added suppressions, ordered by line then column.</returns>
    public static IReadOnlyList<NoqaDirective> AddedBy(IEnumerable<NoqaDirective> directives, Func<int, bool> isLineChanged)
    {
        ArgumentNullException.ThrowIfNull(directives);
        ArgumentNullException.ThrowIfNull(isLineChanged);
        return directives
            .Where(directive => !directive.IsMalformed && isLineChanged(directive.Line))
            .OrderBy(directive => directive.Line)
            .ThenBy(directive => directive.Column)
            .ToList();
    }
}
