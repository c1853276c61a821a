using System.Globalization;

namespace ProdReady.Reporting;

/// <summary>A note in the report: a skipped file and why, or a configuration remark.</summary>
/// <param name="Kind">What the note is about.</param>
/// <param name="Path">The file it concerns (relative to the root, forward slashes), or <see langword="null"/>.</param>
/// <param name="Message">The note, in one sentence, without the path.</param>
public sealed record ReportNote(NoteKind Kind, string? Path, string Message)
{
    /// <summary>Gets a value indicating whether the note records a skipped file.</summary>
    public bool IsUnreadableFile => Kind is NoteKind.SkippedBinary or NoteKind.SkippedUndecodable or NoteKind.SkippedTooLarge;

    /// <summary>Creates the note for a file skipped because it is binary.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The note.</returns>
    public static ReportNote SkippedBinary(string path) =>
        new(NoteKind.SkippedBinary, RequirePath(path), "skipped: binary file");

    /// <summary>Creates the note for a file skipped because it cannot be decoded.</summary>
    /// <param name="path">The file.</param>
    /// <param name="reason">Why decoding failed, for example "invalid UTF-8 at byte 12", or <see langword="null"/>.</param>
    /// <returns>The note.</returns>
    public static ReportNote SkippedUndecodable(string path, string? reason = null) =>
        new(NoteKind.SkippedUndecodable, RequirePath(path), string.IsNullOrWhiteSpace(reason)
            ? "skipped: cannot be decoded as text"
            : $"skipped: cannot be decoded as text ({reason})");

    /// <summary>Creates the note for a file skipped because it is larger than the limit.</summary>
    /// <param name="path">The file.</param>
    /// <param name="sizeBytes">Its size in bytes.</param>
    /// <param name="limitBytes">The limit in bytes.</param>
    /// <returns>The note.</returns>
    public static ReportNote SkippedTooLarge(string path, long sizeBytes, long limitBytes) =>
        new(NoteKind.SkippedTooLarge, RequirePath(path), string.Create(
            CultureInfo.InvariantCulture,
            $"skipped: {sizeBytes} bytes is over the limit of {limitBytes} bytes"));

    /// <summary>Creates a configuration note.</summary>
    /// <param name="message">The note.</param>
    /// <param name="path">The configuration file it concerns, or <see langword="null"/>.</param>
    /// <returns>The note.</returns>
    public static ReportNote Configuration(string message, string? path = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return new ReportNote(NoteKind.Configuration, path, message);
    }

    private static string RequirePath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return path;
    }
}
