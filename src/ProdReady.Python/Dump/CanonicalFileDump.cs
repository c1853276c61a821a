using System.Globalization;
using System.Text;
using ProdReady.Python.Syntax;
using ProdReady.Python.Text;

namespace ProdReady.Python.Dump;

/// <summary>
/// One file's record of the canonical dump, as one JSON line: <c>{"path": ..., "ast": {...}}</c> when the
/// file parses, else <c>{"path": ..., "error": {"type", "msg", "lineno", "col"}}</c> (the error CPython
/// raises: its type, message, 1-based line and 1-based code-point column). The same form as CPython's
/// reference dump, so the two can be compared file by file.
/// </summary>
public static class CanonicalFileDump
{
    /// <summary>Decodes and parses <paramref name="bytes"/> and returns the file's record.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="path">The path to print (relative to the folder searched, or as given).</param>
    /// <returns>The record, on one line, without a line break.</returns>
    public static string FromBytes(ReadOnlySpan<byte> bytes, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var decoded = PythonSourceDecoder.Decode(bytes, path);
        if (decoded.Text is null)
        {
            // CPython gives a problem with the declared encoding no position; a bad byte gets its line.
            var problem = decoded.Error!;
            return FromError(path, "SyntaxError", problem.Message, problem.IsAtByte ? problem.Line : null, null);
        }

        var result = PythonParser.Parse(decoded.Text);
        if (result.Errors.Count > 0)
        {
            var error = result.Errors[0];
            var position = decoded.Text.Lines.GetCodePointPosition(error.Span.Start);
            return FromError(path, error.Type.ToString(), error.Message, position.Line, position.Column + 1);
        }

        var builder = new StringBuilder(Math.Max(256, decoded.Text.Length * 8));
        builder.Append("{\"path\": ");
        AppendString(builder, path);
        builder.Append(", \"ast\": ");
        CanonicalAstWriter.Write(builder, result.Module, decoded.Text);
        builder.Append('}');
        return builder.ToString();
    }

    /// <summary>Returns an error record.</summary>
    /// <param name="path">The path to print.</param>
    /// <param name="type">The Python exception type (<c>SyntaxError</c>, <c>IndentationError</c>, <c>OSError</c>, ...).</param>
    /// <param name="message">The message.</param>
    /// <param name="line">The 1-based line, or <see langword="null"/>.</param>
    /// <param name="column">The 1-based code-point column, or <see langword="null"/>.</param>
    /// <returns>The record, on one line.</returns>
    public static string FromError(string path, string type, string message, int? line, int? column)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(message);
        var builder = new StringBuilder(128 + message.Length);
        builder.Append("{\"path\": ");
        AppendString(builder, path);
        builder.Append(", \"error\": {\"type\": ");
        AppendString(builder, type);
        builder.Append(", \"msg\": ");
        AppendString(builder, message);
        builder.Append(", \"lineno\": ").Append(line?.ToString(CultureInfo.InvariantCulture) ?? "null");
        builder.Append(", \"col\": ").Append(column?.ToString(CultureInfo.InvariantCulture) ?? "null");
        builder.Append("}}");
        return builder.ToString();
    }

    // JSON string with only ASCII in it (Python's json.dumps(ensure_ascii=True)).
    private static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < ' ' || c > '~')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
