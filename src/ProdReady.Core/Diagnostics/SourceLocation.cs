namespace ProdReady.Core.Diagnostics;

/// <summary>Where a finding is, as a user reads it: a path and a 1-based line/column range.</summary>
/// <param name="Path">The path relative to the checked root, with forward slashes.</param>
/// <param name="Line">The 1-based start line.</param>
/// <param name="Column">The 1-based start column, counted in Unicode code points.</param>
/// <param name="EndLine">The 1-based end line.</param>
/// <param name="EndColumn">The 1-based column just past the end, counted in Unicode code points.</param>
public sealed record SourceLocation(string Path, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>Creates a location that covers a whole line.</summary>
    /// <param name="path">The path.</param>
    /// <param name="line">The 1-based line.</param>
    /// <returns>A location at column 1 of that line.</returns>
    public static SourceLocation AtLine(string path, int line) => new(path, line, 1, line, 1);

    /// <summary>Creates a location for a whole file (line 1, column 1).</summary>
    /// <param name="path">The path.</param>
    /// <returns>The location.</returns>
    public static SourceLocation AtFile(string path) => new(path, 1, 1, 1, 1);
}
