using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ProdReady.Python;
using ProdReady.Python.Text;

namespace ProdReady.Cli.Commands;

/// <summary>
/// <c>prodready debug parse [--threads N] PATH...</c>: reads every Python file, then decodes, tokenizes and
/// parses them all and prints one summary line: files, lines, files rejected, and the seconds spent
/// (reading from disk excluded), elapsed and on the CPU (the process's time, which a busy machine does not
/// inflate). Single-threaded by default, so the figure is the parser's throughput.
/// </summary>
internal static class DebugParseCommand
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
        var threads = new Option<int>("--threads")
        {
            Description = "Parse on this many threads (default 1).",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("parse", "Parse Python files and print a throughput summary.");
        command.Arguments.Add(paths);
        command.Options.Add(threads);
        command.SetAction((parse, cancellationToken) =>
            Task.FromResult(Run(context, parse.GetValue(paths) ?? [], parse.GetValue(threads))));
        return command;
    }

    private static int Run(CliContext context, string[] paths, int threads)
    {
        if (threads < 1)
        {
            throw new UsageException($"--threads must be at least 1, not {threads.ToString(CultureInfo.InvariantCulture)}");
        }

        var files = PythonFileSet.Collect(context, paths);
        var contents = new byte[files.Count][];
        long lines = 0;
        for (var i = 0; i < files.Count; i++)
        {
            try
            {
                contents[i] = File.ReadAllBytes(files[i].FullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot read {files[i].DisplayPath}: {e.Message}", e);
            }

            lines += CountLines(contents[i]);
        }

        var rejected = 0;
        var next = -1;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        WorkerThreads.Run(Math.Min(threads, Math.Max(1, files.Count)), () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < contents.Length)
            {
                if (!Parses(contents[index], files[index].DisplayPath))
                {
                    Interlocked.Increment(ref rejected);
                }
            }
        });
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;

        context.Output.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"{files.Count} files, {lines:N0} lines, {rejected} syntax errors, {clock.Elapsed.TotalSeconds:F2} s ({cpu.TotalSeconds:F2} s CPU)\n"));
        return ExitCodes.Success;
    }

    private static bool Parses(byte[] bytes, string path)
    {
        try
        {
            var decoded = PythonSourceDecoder.Decode(bytes, path);
            return decoded.Text is not null && PythonParser.Parse(decoded.Text).Success;
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"internal error while parsing {path}", e);
        }
    }

    // Lines as CPython counts them: ended by \n, \r\n or \r; a last line without a break still counts.
    private static long CountLines(ReadOnlySpan<byte> bytes)
    {
        long count = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')))
            {
                count++;
            }
        }

        return bytes.Length > 0 && bytes[^1] != '\n' && bytes[^1] != '\r' ? count + 1 : count;
    }
}
