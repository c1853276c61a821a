namespace ProdReady.Semantics.Environment;

/// <summary>How an import is provided, and by which distribution.</summary>
/// <param name="Status">Whether a runtime or development dependency, only the virtual environment, or nothing provides it.</param>
/// <param name="Distribution">
/// The providing distribution as declared or installed; for <see cref="DependencyStatus.Undeclared"/>, the
/// distribution to suggest declaring (<c>PyYAML</c> for <c>yaml</c>).
/// </param>
public readonly record struct DependencyVerdict(DependencyStatus Status, string Distribution);
