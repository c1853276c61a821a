using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ProdReady.Changelog;

namespace ProdReady.Cli.Commands;

/// <summary><c>prodready changelog lint [FILE]</c>: reports <c>CHL0xx</c> findings; exit 0 clean, 1 findings, 2 unreadable.</summary>
internal static class ChangelogLintCommand
{
    /// <summary>Creates the <c>lint</c> command.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "The changelog to lint (default: CHANGELOG.md).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = ChangelogCommand.FormatOption();
        var command = new Command("lint", "Check a changelog against Keep a Changelog 1.1.0.") { file, format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var display = ChangelogCommand.DisplayPath(parseResult.GetValue(file) ?? ChangelogCommand.DefaultFile);
            var text = await ChangelogFiles.ReadAsync(context.ResolvePath(display), display, cancellationToken).ConfigureAwait(false);
            var options = new ChangelogLintOptions { Path = display, TimeProvider = ChangelogClock.For(context) };
            var findings = ChangelogLinter.Lint(ChangelogDocument.Parse(text), options);
            var report = parseResult.GetValue(format) == "json" ? RenderJson(display, findings) : RenderText(display, findings);
            await context.Output.WriteAsync(report.AsMemory(), cancellationToken).ConfigureAwait(false);
            return findings.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    internal static string RenderText(string path, IReadOnlyList<ProdReady.Core.Diagnostics.Diagnostic> findings)
    {
        if (findings.Count == 0)
        {
            return $"{path}: no findings\n";
        }

        var builder = new StringBuilder();
        foreach (var finding in findings)
        {
            var location = finding.Location!;
            builder.Append(CultureInfo.InvariantCulture, $"{location.Path}:{location.Line}:{location.Column}: {finding.Code} {finding.Message}\n");
            if (finding.Help is not null)
            {
                builder.Append(CultureInfo.InvariantCulture, $"  help: {finding.Help}\n");
            }
        }

        builder.Append(CultureInfo.InvariantCulture, $"Found {findings.Count} {(findings.Count == 1 ? "finding" : "findings")} in {path}.\n");
        return builder.ToString();
    }

    internal static string RenderJson(string path, IReadOnlyList<ProdReady.Core.Diagnostics.Diagnostic> findings)
    {
        var names = ChangelogRules.All.ToDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal);
        var report = new ChangelogJson.LintReport(
            ChangelogJson.SchemaVersion,
            path,
            [.. findings.Select(f => new ChangelogJson.Finding(
                f.Code,
                names.GetValueOrDefault(f.Code, f.Code),
                ChangelogJson.SeverityName(f.Severity),
                f.Message,
                f.Location!.Line,
                f.Location.Column,
                f.Help))]);
        return JsonSerializer.Serialize(report, ChangelogJson.Context.LintReport) + "\n";
    }
}
