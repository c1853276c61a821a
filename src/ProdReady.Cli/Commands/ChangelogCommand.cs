using System.CommandLine;

namespace ProdReady.Cli.Commands;

/// <summary><c>prodready changelog</c>: lint, edit and compare Keep a Changelog files.</summary>
internal static class ChangelogCommand
{
    /// <summary>The file the commands use when none is named.</summary>
    public const string DefaultFile = "CHANGELOG.md";

    /// <summary>Creates the <c>changelog</c> command group.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context) => Create(context, new ChangelogGitRevisionReader(context.Environment));

    /// <summary>Creates the <c>changelog</c> command group with a given source of file revisions.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <param name="revisions">Reads a file's content at a git revision.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context, ChangelogRevisionReader revisions)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(revisions);
        var command = new Command("changelog", "Lint, edit and compare a Keep a Changelog CHANGELOG.md without losing a byte.");
        command.Subcommands.Add(ChangelogLintCommand.Create(context));
        command.Subcommands.Add(ChangelogAddCommand.Create(context));
        command.Subcommands.Add(ChangelogReleaseCommand.Create(context));
        command.Subcommands.Add(ChangelogInitCommand.Create(context));
        command.Subcommands.Add(ChangelogDiffCommand.Create(context, revisions));
        return command;
    }

    /// <summary>Creates the <c>--format text|json</c> option.</summary>
    /// <returns>The option.</returns>
    public static Option<string> FormatOption()
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: text or json.",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }

    /// <summary>Creates the <c>--file</c> option.</summary>
    /// <returns>The option.</returns>
    public static Option<string> FileOption() => new("--file")
    {
        Description = "The changelog file (default: CHANGELOG.md in the working directory).",
        DefaultValueFactory = _ => DefaultFile,
    };

    /// <summary>Returns the path as the user should see it: as given, with forward slashes.</summary>
    /// <param name="path">The path the user passed.</param>
    /// <returns>The display path.</returns>
    public static string DisplayPath(string path) => path.Replace('\\', '/');
}
