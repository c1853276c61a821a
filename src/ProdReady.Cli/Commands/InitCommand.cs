using System.CommandLine;
using System.Globalization;
using System.Text;
using ProdReady.Analysis;
using ProdReady.Analysis.Configuration;
using ProdReady.Analysis.Init;
using ProdReady.Changelog;
using ProdReady.Git;
using ProdReady.Git.Changes;
using ProdReady.Reporting;

namespace ProdReady.Cli.Commands;

/// <summary>
/// <c>prodready init [--baseline]</c>: sets a project up for the gate. Reads the source and test roots, the target
/// version and the docstring convention off the project, writes them as <c>[tool.prodready]</c> in
/// <c>pyproject.toml</c> (appended; every other byte kept) or as <c>prodready.toml</c>, creates <c>CHANGELOG.md</c>
/// where there is none, and with <c>--baseline</c> records today's findings. Never overwrites a configuration.
/// </summary>
internal static class InitCommand
{
    /// <summary>The baseline file <c>init --baseline</c> writes, relative to the project root.</summary>
    public const string BaselineFileName = ".prodready-baseline.json";

    /// <summary>Creates the <c>init</c> command.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var baseline = new Option<bool>("--baseline") { Description = $"Also record today's findings in {BaselineFileName}, so that only new ones are reported." };
        var command = new Command("init", "Set up the gate for this project: configuration, changelog and, with --baseline, a baseline.") { baseline };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(baseline), cancellationToken));
        return command;
    }

    /// <summary>Runs <c>init</c> in the working directory.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <param name="withBaseline">Whether to write a baseline too.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns><see cref="ExitCodes.Success"/>; usage problems throw.</returns>
    /// <exception cref="UsageException">A configuration exists already, or a file cannot be written.</exception>
    public static async Task<int> RunAsync(CliContext context, bool withBaseline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = context.WorkingDirectory;
        if (InitConfigurationWriter.ExistingConfiguration(root) is { } reason)
        {
            throw new UsageException(reason);
        }

        var survey = ProjectSurvey.Survey(root);
        var settings = InitConfigurationWriter.Settings(survey, withBaseline ? BaselineFileName : null);
        var pyproject = Path.Combine(root, ConfigurationLoader.PyprojectFileName);
        string written;
        if (File.Exists(pyproject))
        {
            var bytes = await File.ReadAllBytesAsync(pyproject, cancellationToken).ConfigureAwait(false);
            var text = Encoding.UTF8.GetString(bytes);
            var addition = Encoding.UTF8.GetBytes(InitConfigurationWriter.TableToAppend(text, settings));
            Validate(Encoding.UTF8.GetString([.. bytes, .. addition]), pyproject);
            await WriteAtomicallyAsync(pyproject, [.. bytes, .. addition], cancellationToken).ConfigureAwait(false);
            written = $"{ConfigurationLoader.PyprojectFileName}: added [tool.prodready]";
        }
        else
        {
            var path = Path.Combine(root, ConfigurationLoader.ProdReadyFileName);
            Validate(settings, path);
            await WriteAtomicallyAsync(path, Encoding.UTF8.GetBytes(settings), cancellationToken).ConfigureAwait(false);
            written = $"{ConfigurationLoader.ProdReadyFileName}: created";
        }

        var output = new StringBuilder();
        output.Append(written).Append('\n');
        foreach (var line in settings.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            output.Append("  ").Append(line).Append('\n');
        }

        output.Append(Detected(survey));

        var changelog = Path.Combine(root, "CHANGELOG.md");
        if (!File.Exists(changelog) && !Directory.Exists(changelog))
        {
            await ChangelogFiles.CreateAsync(changelog, ChangelogEditor.CreateNew(), "CHANGELOG.md", cancellationToken).ConfigureAwait(false);
            output.Append("CHANGELOG.md: created (Keep a Changelog, with an [Unreleased] section)\n");
        }
        else
        {
            output.Append("CHANGELOG.md: exists, left alone\n");
        }

        if (withBaseline)
        {
            var options = new CheckOptions(ChangeScopeMode.All, null, [], ReportFormat.Text, null, null, false, null, null)
            {
                Adoption = AdoptionOptions.None with { WriteBaselinePath = Path.Combine(root, BaselineFileName) },
            };
            var report = await new GateRunner(context, new GitCommandLineClient(environment: context.GitEnvironment))
                .RunAsync(options, cancellationToken).ConfigureAwait(false);
            output.Append(string.Create(CultureInfo.InvariantCulture, $"{BaselineFileName}: recorded {report.HiddenByBaseline} finding{(report.HiddenByBaseline == 1 ? "" : "s")}\n"));
        }

        output.Append('\n').Append(withBaseline
            ? "Next: run `prodready check --all`; the baseline hides today's findings, so only new ones are reported.\n"
            : "Next: run `prodready check --all` to see the checklist for the whole tree (or `prodready init --baseline` first on a codebase with existing debt).\n");
        await context.Output.WriteAsync(output.ToString().AsMemory(), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string Detected(ProjectSurvey survey)
    {
        var docstrings = survey.Docstrings;
        var text = new StringBuilder("Detected: ");
        text.Append(survey.Src[0] == "src" ? "a src layout" : "a flat layout");
        text.Append(survey.Tests.Count > 0 ? $", tests in {string.Join(", ", survey.Tests)}" : ", no tests folder");
        text.Append(survey.TargetVersionSource is { } source ? $", target version from {source}" : ", no declared Python version (the default applies)");
        text.Append(string.Create(
            CultureInfo.InvariantCulture,
            $", docstrings: {docstrings.Google} Google, {docstrings.Numpy} NumPy, {docstrings.Sphinx} Sphinx of {docstrings.Read} read\n"));
        return text.ToString();
    }

    /// <summary>Checks that the configuration written is one the gate reads (a last guard; the writer only appends).</summary>
    private static void Validate(string text, string path)
    {
        try
        {
            ConfigurationLoader.Parse(text, path, new KnownRuleCodes(RuleCatalog.All.Select(r => r.Info.Code)).IsKnownSelector);
        }
        catch (ConfigurationException e)
        {
            throw new UsageException($"cannot add the configuration to {Path.GetFileName(path)}: {e.Message}", e);
        }
    }

    private static async Task WriteAtomicallyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(path) ?? ".";
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new UsageException($"cannot write {Path.GetFileName(path)}: {e.Message}", e);
        }
    }
}
