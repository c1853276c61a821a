using System.CommandLine;
using ProdReady.Changelog;

namespace ProdReady.Cli.Commands;

/// <summary><c>prodready changelog init [--file FILE]</c>: writes a conforming changelog where none exists.</summary>
internal static class ChangelogInitCommand
{
    /// <summary>Creates the <c>init</c> command.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var file = ChangelogCommand.FileOption();
        var command = new Command("init", "Create a Keep a Changelog CHANGELOG.md; never overwrites an existing file.") { file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var display = ChangelogCommand.DisplayPath(parseResult.GetValue(file)!);
            var path = context.ResolvePath(display);
            if (File.Exists(path) || Directory.Exists(path))
            {
                throw new UsageException($"{display} already exists; not overwriting it");
            }

            await ChangelogFiles.CreateAsync(path, ChangelogEditor.CreateNew(), display, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"{display}: created".AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
