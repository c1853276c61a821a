using System.CommandLine;
using System.Globalization;
using System.Text;
using ProdReady.Core.Text;
using ProdReady.Python.Lexing;

namespace ProdReady.Cli.Commands;

/// <summary><c>prodready debug tokens PATH</c>: prints the tokens of a Python file, one per line.</summary>
internal static class DebugTokensCommand
{
    /// <summary>Creates the <c>tokens</c> subcommand.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = new Argument<string>("PATH") { Description = "The Python file to tokenize." };
        var command = new Command(
            "tokens",
            "Print the tokens of a Python file, one per line: line:col-endline:endcol KIND 'text' (columns in code points).")
        {
            path,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult.GetValue(path)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string path, CancellationToken cancellationToken)
    {
        var fullPath = context.ResolvePath(path);
        string text;
        try
        {
            text = await File.ReadAllTextAsync(fullPath, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{path}': {e.Message}", e);
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var result = Lexer.Tokenize(text);
        await context.Output.WriteAsync(Render(result)).ConfigureAwait(false);
        return result.Error is null ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>Renders every token (and the error, if any) of <paramref name="result"/>.</summary>
    /// <param name="result">A tokenized text.</param>
    /// <returns>One line per token, <c>\n</c>-terminated.</returns>
    internal static string Render(TokenizeResult result)
    {
        var lines = LineIndex.Create(result.Text);
        var builder = new StringBuilder();
        foreach (var token in result.Tokens)
        {
            var start = lines.GetCodePointPosition(token.Start);
            var end = lines.GetCodePointPosition(token.End);
            builder.Append(CultureInfo.InvariantCulture, $"{start.Line}:{start.Column}-{end.Line}:{end.Column} {token.Kind} ");
            AppendQuoted(builder, result.GetText(token));
            builder.Append('\n');
        }

        if (result.Error is { } error)
        {
            var at = lines.GetCodePointPosition(error.Span.Start);
            builder.Append(CultureInfo.InvariantCulture, $"{error.Type} at {at.Line}:{at.Column}: {error.Message}\n");
        }

        return builder.ToString();
    }

    private static void AppendQuoted(StringBuilder builder, ReadOnlySpan<char> text)
    {
        builder.Append('\'');
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\'':
                    builder.Append("\\'");
                    break;
                default:
                    builder.Append(ch);
                    break;
            }
        }

        builder.Append('\'');
    }
}
