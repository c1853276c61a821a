using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace ProdReady.ExternalTools;

/// <summary>
/// Runs a tool's process with a time limit: arguments as a list (no shell), standard input closed, standard output
/// streamed line by line with a size limit, the tail of standard error kept; on timeout or cancellation the whole
/// process tree is killed.
/// </summary>
internal static class ToolProcess
{
    /// <summary>The characters kept of one output line.</summary>
    public const int MaxLineChars = 64 * 1024;

    /// <summary>The characters of standard error kept (the end of it).</summary>
    public const int ErrorTailChars = 8 * 1024;

    /// <summary>How long to wait for the output pipes to close once the process has exited or was killed.</summary>
    private static readonly TimeSpan s_drainTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Runs <paramref name="command"/>.</summary>
    /// <param name="command">The process to run.</param>
    /// <param name="onOutputLine">Receives each line of standard output, up to the limit.</param>
    /// <param name="cancellationToken">Cancels the run (the process tree is killed first).</param>
    /// <returns>How the process ended.</returns>
    public static async Task<ToolProcessResult> RunAsync(ToolCommand command, Action<string> onOutputLine, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command.FileName)
        {
            WorkingDirectory = command.WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Plain, uncoloured output in UTF-8, whatever the terminal the gate itself runs in.
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["PY_COLORS"] = "0";
        start.Environment["MYPY_FORCE_COLOR"] = "0";
        start.Environment["TERM"] = "dumb";
        start.Environment.Remove("FORCE_COLOR");

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return new ToolProcessResult(null, false, $"cannot start {command.FileName}: {e.Message}", false, string.Empty);
        }

        process.StandardInput.Close();
        var errorTail = new StringBuilder();
        var outputTask = BoundedLineReader.ReadAsync(process.StandardOutput, command.OutputLimitChars, MaxLineChars, onOutputLine, CancellationToken.None);
        var errorTask = BoundedLineReader.ReadAsync(process.StandardError, long.MaxValue, MaxLineChars, line => AppendTail(errorTail, line), CancellationToken.None);

        using var timeout = new CancellationTokenSource(command.Timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            timedOut = !cancellationToken.IsCancellationRequested;
        }

        var outputCut = false;
        try
        {
            await Task.WhenAll(outputTask, errorTask).WaitAsync(s_drainTimeout, CancellationToken.None).ConfigureAwait(false);
            outputCut = outputTask.Result;
        }
        catch (TimeoutException)
        {
            // A descendant that left the process tree still holds the pipes: the output read so far is what there is.
            outputCut = true;
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (errorTail)
        {
            var tail = errorTail.ToString();
            return timedOut
                ? new ToolProcessResult(null, true, null, outputCut, tail)
                : new ToolProcessResult(process.HasExited ? process.ExitCode : null, false, null, outputCut, tail);
        }
    }

    private static void AppendTail(StringBuilder tail, string line)
    {
        lock (tail)
        {
            tail.Append(line).Append('\n');
            if (tail.Length > ErrorTailChars)
            {
                tail.Remove(0, tail.Length - ErrorTailChars);
            }
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(s_drainTimeout);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // It exited between the timeout and the kill: nothing is left to stop.
        }
    }
}
