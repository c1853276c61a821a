using System.CommandLine;
using ProdReady.Python.Dump;

namespace ProdReady.Cli.Commands;

/// <summary>
/// <c>prodready debug ast [--jsonl] PATH...</c>: prints the syntax tree of every Python file in the
/// canonical form CPython's reference dump uses, one record per file in a stable order. Files are
/// parsed in parallel and printed in order.
/// </summary>
internal static class DebugAstCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Python files, or folders searched recursively for *.py.",
            Arity = ArgumentArity.OneOrMore,
        };
        var jsonl = new Option<bool>("--jsonl")
        {
            Description = "Print one JSON object per line (the form CPython's reference dump prints).",
        };
        var command = new Command("ast", "Print the syntax tree of Python files in the canonical JSON form.");
        command.Arguments.Add(paths);
        command.Options.Add(jsonl);
        command.SetAction((parse, cancellationToken) =>
            Task.FromResult(Run(context, parse.GetValue(paths) ?? [], parse.GetValue(jsonl), cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, bool jsonl, CancellationToken cancellationToken)
    {
        var files = PythonFileSet.Collect(context, paths);
        var output = context.Output;
        WorkerThreads.MapOrdered(
            files.Count,
            Environment.ProcessorCount,
            index =>
            {
                var record = Dump(files[index]);
                return jsonl ? record : IndentedJson.Format(record);
            },
            record =>
            {
                output.Write(record);
                output.Write('\n');
            },
            cancellationToken);
        return ExitCodes.Success;
    }

    private static string Dump(PythonFile file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CanonicalFileDump.FromError(file.DisplayPath, "OSError", e.Message, null, null);
        }

        try
        {
            return CanonicalFileDump.FromBytes(bytes, file.DisplayPath);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException($"internal error while dumping {file.DisplayPath}", e);
        }
    }
}
