namespace ProdReady.Semantics.Environment;

/// <summary>A distribution installed in a virtual environment and the top-level modules it installed.</summary>
/// <param name="Name">The name from its metadata, as written.</param>
/// <param name="ImportNames">The top-level modules and packages it installed.</param>
internal sealed record InstalledDistribution(string Name, IReadOnlyList<string> ImportNames);
