using System.Text;

namespace ProdReady.Cli.Commands;

/// <summary>
/// Reads and writes changelog files byte for byte: strict UTF-8 (a byte order mark is kept as U+FEFF and
/// written back), and writes that go to a temporary file in the same folder and are renamed over the
/// target, so that no failure leaves a partial file.
/// </summary>
internal static class ChangelogFiles
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes UTF-8 bytes, keeping a byte order mark as U+FEFF.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="displayPath">The path for error messages.</param>
    /// <returns>The text.</returns>
    /// <exception cref="UsageException">The bytes are not valid UTF-8.</exception>
    public static string Decode(byte[] bytes, string displayPath)
    {
        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new UsageException($"{displayPath}: not valid UTF-8 (byte offset {e.Index})", e);
        }
    }

    /// <summary>Reads a changelog.</summary>
    /// <param name="path">The absolute path.</param>
    /// <param name="displayPath">The path for error messages.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The text.</returns>
    /// <exception cref="UsageException">The file is missing, unreadable or not UTF-8.</exception>
    public static async Task<string> ReadAsync(string path, string displayPath, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"{displayPath}: no such file (run 'prodready changelog init' to create one)", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{displayPath}: cannot read: {e.Message}", e);
        }

        return Decode(bytes, displayPath);
    }

    /// <summary>Replaces <paramref name="path"/> with <paramref name="text"/> atomically, keeping the file's permissions.</summary>
    /// <param name="path">The absolute path.</param>
    /// <param name="text">The new text.</param>
    /// <param name="displayPath">The path for error messages.</param>
    /// <param name="cancellationToken">Cancels the write before the rename.</param>
    /// <returns>A task that completes when the file is replaced.</returns>
    public static Task ReplaceAsync(string path, string text, string displayPath, CancellationToken cancellationToken)
        => WriteAsync(path, text, displayPath, overwrite: true, cancellationToken);

    /// <summary>Creates <paramref name="path"/> with <paramref name="text"/> atomically; never overwrites.</summary>
    /// <param name="path">The absolute path.</param>
    /// <param name="text">The text.</param>
    /// <param name="displayPath">The path for error messages.</param>
    /// <param name="cancellationToken">Cancels the write before the rename.</param>
    /// <returns>A task that completes when the file exists.</returns>
    public static Task CreateAsync(string path, string text, string displayPath, CancellationToken cancellationToken)
        => WriteAsync(path, text, displayPath, overwrite: false, cancellationToken);

    private static async Task WriteAsync(string path, string text, string displayPath, bool overwrite, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(path) ?? throw new UsageException($"{displayPath}: not a file path");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(s_strictUtf8.GetBytes(text), cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            if (overwrite && !OperatingSystem.IsWindows() && File.Exists(path))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }

            if (!overwrite && File.Exists(path))
            {
                throw new UsageException($"{displayPath} already exists; not overwriting it");
            }

            File.Move(temporary, path, overwrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new UsageException($"{displayPath}: cannot write: {e.Message}", e);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file could not be removed; the target is untouched either way.
        }
    }
}
