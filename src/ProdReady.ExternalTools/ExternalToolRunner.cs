using System.Globalization;
using System.Text.RegularExpressions;
using ProdReady.Analysis;
using ProdReady.Core.Diagnostics;
using ProdReady.Reporting;

namespace ProdReady.ExternalTools;

/// <summary>
/// Runs pytest, mypy and flake8 as <c>python -m TOOL</c> in the project's environment, one after the other, each with
/// its time limit, and turns what they report into <c>EXT001</c>-<c>EXT003</c> findings. A tool that is not installed
/// (or has no interpreter to run with) is "not checked" with the reason, never a pass.
/// </summary>
public static class ExternalToolRunner
{
    /// <summary>Runs the tools of <paramref name="request"/>.</summary>
    /// <param name="request">The tools, the root, the environment and the limits.</param>
    /// <param name="cancellationToken">Cancels the run; a running tool's process tree is killed first.</param>
    /// <returns>One outcome per tool, in the order they ran.</returns>
    public static async Task<IReadOnlyList<ToolRunOutcome>> RunAsync(ToolRunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var interpreter = PythonInterpreter.Resolve(request.Root, request.Environment);
        var outcomes = new List<ToolRunOutcome>();
        foreach (var tool in request.Tools)
        {
            if (interpreter is null)
            {
                outcomes.Add(NotChecked(tool, "no Python interpreter (set PRODREADY_PYTHON, activate a virtual environment, or put python3 on the PATH)"));
                continue;
            }

            var outcome = tool switch
            {
                ExternalTool.Pytest => await RunPytestAsync(request, interpreter, cancellationToken).ConfigureAwait(false),
                ExternalTool.Mypy => await RunMypyAsync(request, interpreter, cancellationToken).ConfigureAwait(false),
                _ => await RunFlake8Async(request, interpreter, cancellationToken).ConfigureAwait(false),
            };
            outcomes.Add(outcome);
        }

        return outcomes;
    }

    private static async Task<ToolRunOutcome> RunPytestAsync(ToolRunRequest request, PythonInterpreter interpreter, CancellationToken cancellationToken)
    {
        const ExternalTool Tool = ExternalTool.Pytest;
        var report = Path.Combine(Path.GetTempPath(), $"prodready-pytest-{Guid.NewGuid():N}.xml");
        try
        {
            string[] arguments =
            [
                "-m", "pytest", "--junitxml=" + report, "-o", "junit_family=xunit1", "-p", "no:cacheprovider",
                "--continue-on-collection-errors", "-q",
            ];
            var result = await ToolProcess.RunAsync(Command(request, interpreter, Tool, arguments), static _ => { }, cancellationToken).ConfigureAwait(false);
            if (Unavailable(Tool, interpreter, result) is { } unavailable)
            {
                return unavailable;
            }

            if (result.TimedOut)
            {
                return TimedOut(request, Tool);
            }

            var parsed = File.Exists(report) ? ReadReport(report) : new PytestReport([], 0, 0, 0, false);
            var notes = new List<string>();
            if (parsed.Cut)
            {
                notes.Add("pytest's JUnit report was too large or malformed and was read only in part");
            }

            var diagnostics = parsed.Findings.Select(f => ToDiagnostic(request.Root, Tool, f)).ToList();
            switch (result.ExitCode)
            {
                case 0:
                    return new ToolRunOutcome(Tool, new ToolRun("pytest", ToolRunStatus.Passed, Tests(parsed.Tests - parsed.Skipped, "passed") + Skipped(parsed)), diagnostics, notes);
                case 5:
                    notes.Add("pytest collected no tests (exit code 5)");
                    return new ToolRunOutcome(Tool, new ToolRun("pytest", ToolRunStatus.NotChecked, "no tests collected"), diagnostics, notes);
                case 1 when diagnostics.Count > 0:
                    return new ToolRunOutcome(Tool, new ToolRun("pytest", ToolRunStatus.Failed, $"{parsed.Failed} of {Tests(parsed.Tests, "failed")}"), diagnostics, notes);
                default:
                    diagnostics.Add(Stopped(Tool, result));
                    return new ToolRunOutcome(Tool, new ToolRun("pytest", ToolRunStatus.Failed, ExitCodeText(result.ExitCode)), diagnostics, notes);
            }
        }
        finally
        {
            TryDelete(report);
        }
    }

    private static async Task<ToolRunOutcome> RunMypyAsync(ToolRunRequest request, PythonInterpreter interpreter, CancellationToken cancellationToken)
    {
        const ExternalTool Tool = ExternalTool.Mypy;
        var versionLine = (string?)null;
        var probe = await ToolProcess.RunAsync(
            Command(request, interpreter, Tool, ["-m", "mypy", "--version"]),
            line => versionLine ??= line,
            cancellationToken).ConfigureAwait(false);
        if (Unavailable(Tool, interpreter, probe) is { } unavailable)
        {
            return unavailable;
        }

        if (probe.TimedOut)
        {
            return TimedOut(request, Tool);
        }

        var json = MypyOutputParser.SupportsJson(versionLine);
        var configuration = MypyConfiguration.Find(request.Root);
        var arguments = new List<string> { "-m", "mypy", "--show-column-numbers", "--show-error-codes", "--no-error-summary", "--no-pretty", "--no-color-output" };
        if (json)
        {
            arguments.AddRange(["-O", "json"]);
        }

        if (configuration.Path is null)
        {
            arguments.Add("--strict");
            if (request.ExcludedNames.Count > 0)
            {
                arguments.AddRange(["--exclude", $"(^|/)({string.Join('|', request.ExcludedNames.Select(Regex.Escape))})/"]);
            }
        }

        if (!configuration.NamesFiles)
        {
            arguments.AddRange(request.Targets);
        }

        var findings = new List<ToolFinding>();
        var result = await ToolProcess.RunAsync(
            Command(request, interpreter, Tool, arguments),
            line =>
            {
                if ((json ? MypyOutputParser.ParseJsonLine(line) : MypyOutputParser.ParseTextLine(line)) is { } finding)
                {
                    findings.Add(finding);
                }
            },
            cancellationToken).ConfigureAwait(false);
        return Finish(request, Tool, result, findings, "error", configuration.Path is null ? "mypy ran with --strict: the project has no mypy configuration" : null);
    }

    private static async Task<ToolRunOutcome> RunFlake8Async(ToolRunRequest request, PythonInterpreter interpreter, CancellationToken cancellationToken)
    {
        const ExternalTool Tool = ExternalTool.Flake8;
        var arguments = new List<string> { "-m", "flake8", "--format=default" };
        if (request.ExcludedNames.Count > 0)
        {
            arguments.Add("--extend-exclude=" + string.Join(',', request.ExcludedNames));
        }

        arguments.AddRange(request.Targets);
        var findings = new List<ToolFinding>();
        var result = await ToolProcess.RunAsync(
            Command(request, interpreter, Tool, arguments),
            line =>
            {
                if (Flake8OutputParser.ParseLine(line) is { } finding)
                {
                    findings.Add(finding);
                }
            },
            cancellationToken).ConfigureAwait(false);
        if (Unavailable(Tool, interpreter, result) is { } unavailable)
        {
            return unavailable;
        }

        return Finish(request, Tool, result, findings, "violation", null);
    }

    /// <summary>Turns a finished mypy or flake8 run (exit 0 clean, 1 findings, anything else a crash) into its outcome.</summary>
    private static ToolRunOutcome Finish(ToolRunRequest request, ExternalTool tool, ToolProcessResult result, List<ToolFinding> findings, string noun, string? note)
    {
        var name = ToolCatalog.Name(tool);
        if (result.TimedOut)
        {
            return TimedOut(request, tool);
        }

        var notes = new List<string>();
        if (note is not null)
        {
            notes.Add(note);
        }

        if (result.OutputCut)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{name}'s output was cut after {request.OutputLimitChars} characters; later findings are not reported"));
        }

        var diagnostics = findings.Select(f => ToDiagnostic(request.Root, tool, f)).ToList();
        if (result.ExitCode == 0 && diagnostics.Count == 0)
        {
            return new ToolRunOutcome(tool, new ToolRun(name, ToolRunStatus.Passed, $"no {noun}s"), diagnostics, notes);
        }

        if (result.ExitCode == 1 && diagnostics.Count > 0)
        {
            return new ToolRunOutcome(tool, new ToolRun(name, ToolRunStatus.Failed, Count(diagnostics.Count, noun)), diagnostics, notes);
        }

        diagnostics.Add(Stopped(tool, result));
        return new ToolRunOutcome(tool, new ToolRun(name, ToolRunStatus.Failed, ExitCodeText(result.ExitCode)), diagnostics, notes);
    }

    /// <summary>The outcome when the interpreter cannot start or lacks the tool's module, else <see langword="null"/>.</summary>
    private static ToolRunOutcome? Unavailable(ExternalTool tool, PythonInterpreter interpreter, ToolProcessResult result)
    {
        if (result.StartError is { } error)
        {
            return NotChecked(tool, $"the interpreter from {interpreter.Source} does not start ({error})");
        }

        var module = ToolCatalog.Name(tool);
        if (result.ExitCode == 1 && result.ErrorTail.Contains($"No module named {module}", StringComparison.Ordinal))
        {
            return NotChecked(tool, $"not installed for {interpreter.Path} (from {interpreter.Source})");
        }

        return null;
    }

    private static ToolRunOutcome NotChecked(ExternalTool tool, string reason)
    {
        var name = ToolCatalog.Name(tool);
        return new ToolRunOutcome(tool, new ToolRun(name, ToolRunStatus.NotChecked, "not checked, " + reason), [], [$"{name} did not run: {reason}"]);
    }

    private static ToolRunOutcome TimedOut(ToolRunRequest request, ExternalTool tool)
    {
        var name = ToolCatalog.Name(tool);
        var limit = Seconds(request.TimeoutOf(tool));
        var diagnostic = NewDiagnostic(tool, $"{name} ran out of time after {limit}; its process tree was killed (raise `tool-timeouts.{name}` if the run needs longer)", null);
        return new ToolRunOutcome(tool, new ToolRun(name, ToolRunStatus.TimedOut, "ran out of time after " + limit), [diagnostic], []);
    }

    private static Diagnostic Stopped(ExternalTool tool, ToolProcessResult result)
    {
        var name = ToolCatalog.Name(tool);
        var reason = result.ErrorTail.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        var message = reason is null ? $"{name} stopped with {ExitCodeText(result.ExitCode)}" : $"{name} stopped with {ExitCodeText(result.ExitCode)}: {reason}";
        return NewDiagnostic(tool, message.Length > 500 ? message[..499] + "…" : message, null);
    }

    private static Diagnostic ToDiagnostic(string root, ExternalTool tool, ToolFinding finding)
    {
        SourceLocation? location = null;
        if (finding.Path is { Length: > 0 } path)
        {
            var full = Path.GetFullPath(path, root);
            var relative = Path.GetRelativePath(root, full);
            var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
            location = new SourceLocation(shown.Replace('\\', '/'), finding.Line, finding.Column, finding.Line, finding.Column);
        }

        return NewDiagnostic(tool, finding.Message, location);
    }

    private static Diagnostic NewDiagnostic(ExternalTool tool, string message, SourceLocation? location)
    {
        var info = RuleCatalog.Find(ToolCatalog.Code(tool))!.Info;
        return new Diagnostic(info.Code, message, info.DefaultSeverity, info.Category, location);
    }

    private static ToolCommand Command(ToolRunRequest request, PythonInterpreter interpreter, ExternalTool tool, IReadOnlyList<string> arguments) =>
        new(interpreter.Path, arguments, request.Root, request.TimeoutOf(tool), request.OutputLimitChars);

    private static PytestReport ReadReport(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return PytestJUnitReader.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new PytestReport([], 0, 0, 0, true);
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
            // A temporary report that cannot be removed is left to the system's temporary-file cleanup.
        }
    }

    private static string Tests(int count, string verb) => $"{Count(count, "test")} {verb}";

    private static string Skipped(PytestReport report) =>
        report.Skipped > 0 ? string.Create(CultureInfo.InvariantCulture, $", {report.Skipped} skipped") : string.Empty;

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    private static string ExitCodeText(int? exitCode) => exitCode is { } code
        ? string.Create(CultureInfo.InvariantCulture, $"exit code {code}")
        : "no exit code";

    private static string Seconds(TimeSpan limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(limit.TotalSeconds, 1)} s");
}
