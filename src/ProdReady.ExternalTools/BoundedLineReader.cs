using System.Text;

namespace ProdReady.ExternalTools;

/// <summary>
/// Reads a tool's output line by line with bounded memory: each line is handed on at once and never kept, a line
/// longer than the line limit is cut, and past the total limit the rest is read and dropped so that the tool never
/// blocks on a full pipe.
/// </summary>
internal static class BoundedLineReader
{
    /// <summary>Reads <paramref name="reader"/> to its end.</summary>
    /// <param name="reader">The stream.</param>
    /// <param name="limitChars">The characters handed on at most; the rest is drained.</param>
    /// <param name="maxLineChars">The characters kept of one line.</param>
    /// <param name="onLine">Receives each line (without its line break) until the limit.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns><see langword="true"/> when output was cut (the total limit was passed or a line was cut).</returns>
    public static async Task<bool> ReadAsync(TextReader reader, long limitChars, int maxLineChars, Action<string> onLine, CancellationToken cancellationToken)
    {
        var buffer = new char[8192];
        var line = new StringBuilder();
        long total = 0;
        var truncated = false;
        var lineCut = false;
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (truncated && total > limitChars)
            {
                continue;
            }

            for (var i = 0; i < read; i++)
            {
                total++;
                if (total > limitChars)
                {
                    truncated = true;
                    line.Clear();
                    break;
                }

                var c = buffer[i];
                if (c == '\n')
                {
                    onLine(line.ToString().TrimEnd('\r'));
                    line.Clear();
                    lineCut = false;
                }
                else if (line.Length < maxLineChars)
                {
                    line.Append(c);
                }
                else if (!lineCut)
                {
                    lineCut = true;
                    truncated = true;
                }
            }
        }

        if (line.Length > 0 && total <= limitChars)
        {
            onLine(line.ToString().TrimEnd('\r'));
        }

        return truncated;
    }
}
