using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ProdReady.Analysis.Baseline;

/// <summary>
/// Reads and writes baseline files: JSON <c>{"version": 1, "findings": [{"code", "path", "unit", "hash", "message"}]}</c>,
/// entries sorted by path, code, unit and hash so that the file diffs well; written atomically.
/// </summary>
public static class BaselineFile
{
    /// <summary>The format version written and read.</summary>
    public const int Version = 1;

    /// <summary>Reads a baseline.</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="display">The path as the user wrote it, for messages.</param>
    /// <returns>The entries, in file order.</returns>
    /// <exception cref="BaselineException">The file is missing, unreadable or malformed.</exception>
    public static IReadOnlyList<BaselineEntry> Read(string path, string display)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(display);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BaselineException($"baseline {display}: the file does not exist (write one with `prodready check --all --write-baseline {display}`)", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BaselineException($"baseline {display}: cannot read the file: {e.Message}", e);
        }

        try
        {
            return Parse(bytes, display);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $":{line + 1}:{(e.BytePositionInLine ?? 0) + 1}") : string.Empty;
            throw new BaselineException($"baseline {display}{where}: not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>Writes a baseline atomically (a temporary file beside it, then a rename).</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="entries">The entries, in any order.</param>
    /// <exception cref="BaselineException">The file cannot be written.</exception>
    public static void Write(string path, IEnumerable<BaselineEntry> entries)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(entries);
        var text = Render(entries);
        var directory = Path.GetDirectoryName(path) ?? ".";
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(temporary, text, new UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new BaselineException($"baseline {path}: cannot write the file: {e.Message}", e);
        }
    }

    /// <summary>Renders entries as the file's text, sorted, with <c>\n</c> line ends.</summary>
    /// <param name="entries">The entries.</param>
    /// <returns>The JSON text.</returns>
    public static string Render(IEnumerable<BaselineEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartArray("findings");
            foreach (var entry in Sort(entries))
            {
                json.WriteStartObject();
                json.WriteString("code", entry.Code);
                json.WriteString("path", entry.Path);
                json.WriteString("unit", entry.Unit);
                json.WriteString("hash", entry.Hash);
                json.WriteString("message", entry.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>Orders entries by path, code, unit, hash and message (ordinal).</summary>
    /// <param name="entries">The entries.</param>
    /// <returns>The sorted entries.</returns>
    public static IEnumerable<BaselineEntry> Sort(IEnumerable<BaselineEntry> entries) => entries
        .OrderBy(e => e.Path, StringComparer.Ordinal)
        .ThenBy(e => e.Code, StringComparer.Ordinal)
        .ThenBy(e => e.Unit, StringComparer.Ordinal)
        .ThenBy(e => e.Hash, StringComparer.Ordinal)
        .ThenBy(e => e.Message, StringComparer.Ordinal);

    private static List<BaselineEntry> Parse(byte[] bytes, string display)
    {
        using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Malformed(display, "the top level must be an object with \"version\" and \"findings\"");
        }

        if (!root.TryGetProperty("version", out var version) || !version.TryGetInt32(out var number) || number != Version)
        {
            throw Malformed(display, $"\"version\" must be {Version}");
        }

        if (!root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
        {
            throw Malformed(display, "\"findings\" must be an array");
        }

        var entries = new List<BaselineEntry>(findings.GetArrayLength());
        var index = 0;
        foreach (var item in findings.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw Malformed(display, $"findings[{index}] must be an object");
            }

            entries.Add(new BaselineEntry(
                Required(item, "code", display, index, allowEmpty: false),
                Required(item, "path", display, index, allowEmpty: true),
                Required(item, "unit", display, index, allowEmpty: true),
                Required(item, "hash", display, index, allowEmpty: false),
                item.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String ? message.GetString()! : string.Empty));
            index++;
        }

        return entries;
    }

    private static string Required(JsonElement item, string name, string display, int index, bool allowEmpty)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || (!allowEmpty && value.GetString()!.Length == 0))
        {
            throw Malformed(display, string.Create(CultureInfo.InvariantCulture, $"findings[{index}].{name} must be a{(allowEmpty ? "" : " non-empty")} string"));
        }

        return value.GetString()!;
    }

    private static BaselineException Malformed(string display, string reason) => new($"baseline {display}: {reason}");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file is left behind only when its folder refuses writes; nothing else depends on it.
        }
    }
}
