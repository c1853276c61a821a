namespace ProdReady.Git;

/// <summary>Where a directory sits in a git work tree.</summary>
/// <param name="Root">The absolute path of the work tree's top level, as git reports it.</param>
/// <param name="Prefix">
/// The directory's path relative to <paramref name="Root"/>, with forward slashes and a trailing slash
/// (empty at the top level). Relative paths given by the user are resolved through it, which stays
/// right when the directory was reached through a symbolic link.
/// </param>
public sealed record RepositoryLocation(string Root, string Prefix);
