namespace ProdReady.Core.Paths;

/// <summary>Relative paths written with forward slashes, the form in which git and project questions name files.</summary>
public static class RelativePath
{
    /// <summary>
    /// Resolves the segments of a relative path written with forward slashes: empty and <c>.</c> segments go,
    /// <c>..</c> removes the segment before it. The path is read as text only; the file system is not consulted.
    /// </summary>
    /// <param name="path">The path, with <c>/</c> separators.</param>
    /// <returns>The remaining segments joined by <c>/</c> (the empty string for the starting folder itself), or
    /// <see langword="null"/> when a <c>..</c> climbs above the starting folder.</returns>
    public static string? Collapse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return string.Join('/', segments);
    }
}
