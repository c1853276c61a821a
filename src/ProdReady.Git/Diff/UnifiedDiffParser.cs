using System.Globalization;

namespace ProdReady.Git.Diff;

/// <summary>
/// Parses the output of <c>git diff</c> (any context size; <c>-U0</c> is what the client asks for)
/// into one <see cref="FileDiff"/> per file: paths, status, binary flag and the touched lines of the
/// new file. Pure: no I/O, no git.
/// </summary>
/// <remarks>
/// <para>Touched lines are the added or modified lines of the new file. A hunk run that only deletes
/// lines has no new line to point at, so it marks the two new-file lines around the deletion point
/// (the line before and the line after, where they exist): a function whose body only lost lines still
/// counts as modified. The price is that a deletion exactly between two functions touches both.</para>
/// <para>Accepted: renames and copies (with or without edits), new and deleted files, mode changes,
/// type changes (git prints them as a deletion and an addition of the same path; they are merged),
/// binary files (<c>Binary files ... differ</c> or <c>GIT binary patch</c>), C-quoted paths, paths
/// with spaces, <c>\ No newline at end of file</c>, CRLF content. Combined diffs (<c>diff --cc</c>,
/// only printed for unmerged paths) and text outside file sections are skipped.</para>
/// </remarks>
public static class UnifiedDiffParser
{
    private const string GitHeader = "diff --git ";
    private const string DevNull = "/dev/null";

    /// <summary>Parses a unified diff produced by git.</summary>
    /// <param name="diff">The diff text; lines end with <c>\n</c> (a <c>\r</c> before it belongs to the content).</param>
    /// <returns>The files in the order git printed them.</returns>
    /// <exception cref="FormatException">A hunk header is malformed or a hunk is truncated.</exception>
    public static IReadOnlyList<FileDiff> Parse(string diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var lines = SplitLines(diff);
        var files = new List<FileDiff>();
        var i = 0;
        while (i < lines.Length)
        {
            if (lines[i].StartsWith(GitHeader, StringComparison.Ordinal))
            {
                files.Add(ParseFile(lines, ref i));
            }
            else
            {
                i++;
            }
        }

        return MergeTypeChanges(files);
    }

    private static string[] SplitLines(string diff)
    {
        var lines = diff.Split('\n');
        return lines.Length > 0 && lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    private static FileDiff ParseFile(string[] lines, ref int i)
    {
        var (oldPath, newPath) = ParseGitHeader(Header(lines[i]).Substring(GitHeader.Length));
        i++;
        var status = FileChangeStatus.Modified;
        var binary = false;
        var ranges = new List<LineRange>();
        while (i < lines.Length)
        {
            var line = lines[i];
            if (line.StartsWith("diff ", StringComparison.Ordinal))
            {
                break;
            }

            if (line.StartsWith("@@ ", StringComparison.Ordinal))
            {
                ParseHunk(lines, ref i, ranges);
                continue;
            }

            line = Header(line);
            if (line.StartsWith("new file mode ", StringComparison.Ordinal))
            {
                status = FileChangeStatus.Added;
            }
            else if (line.StartsWith("deleted file mode ", StringComparison.Ordinal))
            {
                status = FileChangeStatus.Deleted;
            }
            else if (TryValue(line, "rename from ", out var renameFrom))
            {
                status = FileChangeStatus.Renamed;
                oldPath = renameFrom;
            }
            else if (TryValue(line, "rename to ", out var renameTo))
            {
                status = FileChangeStatus.Renamed;
                newPath = renameTo;
            }
            else if (TryValue(line, "copy from ", out var copyFrom))
            {
                status = FileChangeStatus.Copied;
                oldPath = copyFrom;
            }
            else if (TryValue(line, "copy to ", out var copyTo))
            {
                status = FileChangeStatus.Copied;
                newPath = copyTo;
            }
            else if (line.StartsWith("--- ", StringComparison.Ordinal))
            {
                oldPath = PatchPath(line[4..], "a/") ?? oldPath;
            }
            else if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                newPath = PatchPath(line[4..], "b/") ?? newPath;
            }
            else if (line.StartsWith("Binary files ", StringComparison.Ordinal) || line == "GIT binary patch")
            {
                binary = true;
            }

            i++;
        }

        if (status == FileChangeStatus.Added)
        {
            oldPath = null;
        }
        else if (status == FileChangeStatus.Deleted)
        {
            newPath = null;
            ranges.Clear();
        }

        return new FileDiff(oldPath, newPath, status, binary, ChangedLines.From(ranges));
    }

    /// <summary>A header line never ends with a raw CR (git quotes such names), so a CR is line-ending noise.</summary>
    private static string Header(string line) => line.EndsWith('\r') ? line[..^1] : line;

    private static bool TryValue(string line, string prefix, out string value)
    {
        value = string.Empty;
        if (!line.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        value = DecodeName(line[prefix.Length..]);
        return true;
    }

    private static string DecodeName(string text) =>
        text.StartsWith('"') && GitPathQuoting.TryUnquote(text, 0, out var name, out var end) && end == text.Length ? name : text;

    /// <summary>The path of a <c>---</c>/<c>+++</c> line: <see langword="null"/> for <c>/dev/null</c>.</summary>
    private static string? PatchPath(string text, string prefix)
    {
        string name;
        if (text.StartsWith('"') && GitPathQuoting.TryUnquote(text, 0, out var unquoted, out _))
        {
            name = unquoted;
        }
        else
        {
            // git ends the name with a tab when it contains a space; other tools put a timestamp after it.
            var tab = text.IndexOf('\t', StringComparison.Ordinal);
            name = tab >= 0 ? text[..tab] : text;
        }

        if (name == DevNull)
        {
            return null;
        }

        return name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : name;
    }

    /// <summary>
    /// Splits <c>a/OLD b/NEW</c>. Unquoted names with spaces are ambiguous; like git itself, the header
    /// is split where both halves name the same file, and otherwise at the first <c> b/</c>. The
    /// <c>rename</c>, <c>copy</c> and <c>---</c>/<c>+++</c> lines that follow override the guess.
    /// </summary>
    private static (string? OldPath, string? NewPath) ParseGitHeader(string text)
    {
        string oldName;
        string rest;
        if (text.StartsWith('"'))
        {
            if (!GitPathQuoting.TryUnquote(text, 0, out oldName, out var end) || end >= text.Length || text[end] != ' ')
            {
                return (null, null);
            }

            rest = text[(end + 1)..];
            return (StripPrefix(oldName, "a/"), StripPrefix(DecodeName(rest), "b/"));
        }

        if (text.EndsWith('"'))
        {
            for (var k = text.IndexOf(" \"", StringComparison.Ordinal); k >= 0; k = text.IndexOf(" \"", k + 1, StringComparison.Ordinal))
            {
                if (GitPathQuoting.TryUnquote(text, k + 1, out var newName, out var end) && end == text.Length)
                {
                    return (StripPrefix(text[..k], "a/"), StripPrefix(newName, "b/"));
                }
            }
        }

        if ((text.Length - 5) % 2 == 0 && text.Length > 5 && text.StartsWith("a/", StringComparison.Ordinal))
        {
            var length = (text.Length - 5) / 2;
            var name = text.Substring(2, length);
            if (string.CompareOrdinal(text, 2 + length, " b/", 0, 3) == 0 && string.CompareOrdinal(text, 5 + length, name, 0, length) == 0)
            {
                return (name, name);
            }
        }

        var split = text.IndexOf(" b/", StringComparison.Ordinal);
        return split < 0 ? (null, null) : (StripPrefix(text[..split], "a/"), text[(split + 3)..]);
    }

    private static string StripPrefix(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : name;

    private static void ParseHunk(string[] lines, ref int i, List<LineRange> ranges)
    {
        var lineNumber = i + 1;
        var header = Header(lines[i]);
        if (!TryParseHunkHeader(header, out var oldCount, out var newStart, out var newCount))
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: malformed hunk header '{header}'"));
        }

        i++;

        // With no new lines, git names the line before the (empty) range; the next new line is one further.
        var newLine = newCount == 0 ? newStart + 1 : newStart;
        var runStart = newLine;
        var runDeletes = false;
        var runAdds = false;
        while (oldCount > 0 || newCount > 0)
        {
            if (i >= lines.Length)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: hunk ends early (diff truncated)"));
            }

            var line = lines[i];
            var kind = line.Length == 0 ? ' ' : line[0];
            switch (kind)
            {
                case ' ':
                    FlushDeletionRun(ranges, runStart, runDeletes, runAdds);
                    runDeletes = runAdds = false;
                    oldCount--;
                    newCount--;
                    newLine++;
                    runStart = newLine;
                    break;
                case '-':
                    runDeletes = true;
                    oldCount--;
                    break;
                case '+':
                    runAdds = true;
                    ranges.Add(new LineRange(newLine, newLine));
                    newCount--;
                    newLine++;
                    break;
                case '\\':
                    break;
                default:
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {i + 1}: unexpected line in hunk (diff truncated?)"));
            }

            i++;
        }

        FlushDeletionRun(ranges, runStart, runDeletes, runAdds);
        while (i < lines.Length && lines[i].StartsWith('\\'))
        {
            i++;
        }
    }

    /// <summary>A run of changed lines that only deletes marks the new lines on both sides of the deletion point.</summary>
    private static void FlushDeletionRun(List<LineRange> ranges, int nextNewLine, bool deletes, bool adds)
    {
        if (deletes && !adds)
        {
            ranges.Add(new LineRange(Math.Max(1, nextNewLine - 1), Math.Max(1, nextNewLine)));
        }
    }

    private static bool TryParseHunkHeader(string header, out int oldCount, out int newStart, out int newCount)
    {
        oldCount = newStart = newCount = 0;
        var span = header.AsSpan(3);
        var close = span.IndexOf(" @@", StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }

        span = span[..close];
        var space = span.IndexOf(' ');
        return space > 0
            && TryParseRange(span[..space], '-', out _, out oldCount)
            && TryParseRange(span[(space + 1)..], '+', out newStart, out newCount);
    }

    private static bool TryParseRange(ReadOnlySpan<char> text, char sign, out int start, out int count)
    {
        start = 0;
        count = 1;
        if (text.Length < 2 || text[0] != sign)
        {
            return false;
        }

        text = text[1..];
        var comma = text.IndexOf(',');
        if (comma >= 0)
        {
            if (!int.TryParse(text[(comma + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out count))
            {
                return false;
            }

            text = text[..comma];
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out start);
    }

    /// <summary>git prints a type change as a deletion followed by an addition of the same path.</summary>
    private static List<FileDiff> MergeTypeChanges(List<FileDiff> files)
    {
        for (var k = files.Count - 2; k >= 0; k--)
        {
            var deleted = files[k];
            var added = files[k + 1];
            if (deleted.Status == FileChangeStatus.Deleted && added.Status == FileChangeStatus.Added
                && string.Equals(deleted.OldPath, added.NewPath, StringComparison.Ordinal))
            {
                files[k] = added with { OldPath = deleted.OldPath, Status = FileChangeStatus.TypeChanged };
                files.RemoveAt(k + 1);
            }
        }

        return files;
    }
}
