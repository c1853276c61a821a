namespace ProdReady.Cli.Commands;

/// <summary>Reads a file's content as it was at a revision. A seam, so that the git client can be swapped.</summary>
internal abstract class ChangelogRevisionReader
{
    /// <summary>Reads <paramref name="path"/> as it was at <paramref name="revision"/>.</summary>
    /// <param name="path">The absolute path of the file in the working tree.</param>
    /// <param name="revision">A revision such as <c>main</c>, <c>HEAD~1</c> or a commit id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes, or <see langword="null"/> when the file did not exist at that revision.</returns>
    /// <exception cref="UsageException">The folder is not in a repository or the revision is unknown.</exception>
    public abstract Task<byte[]?> ReadAsync(string path, string revision, CancellationToken cancellationToken);
}
