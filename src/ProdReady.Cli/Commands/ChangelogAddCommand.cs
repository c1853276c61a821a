using System.CommandLine;
using System.Globalization;
using ProdReady.Changelog;

namespace ProdReady.Cli.Commands;

/// <summary><c>prodready changelog add --type TYPE TEXT [--file FILE]</c>: inserts one entry under [Unreleased].</summary>
internal static class ChangelogAddCommand
{
    /// <summary>Creates the <c>add</c> command.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var type = new Option<string>("--type")
        {
            Description = "The change type: added, changed, deprecated, removed, fixed or security.",
            Required = true,
        };
        type.AcceptOnlyFromAmong("added", "changed", "deprecated", "removed", "fixed", "security");
        var text = new Argument<string[]>("TEXT")
        {
            Description = "The entry's text (several words are joined with spaces).",
            Arity = ArgumentArity.OneOrMore,
        };
        var file = ChangelogCommand.FileOption();
        var command = new Command("add", "Add an entry under [Unreleased] in the subsection of its change type; nothing else changes.") { type, text, file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var display = ChangelogCommand.DisplayPath(parseResult.GetValue(file)!);
            var path = context.ResolvePath(display);
            var changeType = ChangeTypes.TryParse(parseResult.GetValue(type), out var parsed)
                ? parsed
                : throw new UsageException("--type must be one of added, changed, deprecated, removed, fixed, security");
            var entry = string.Join(' ', parseResult.GetValue(text) ?? []);
            var before = await ChangelogFiles.ReadAsync(path, display, cancellationToken).ConfigureAwait(false);
            string after;
            try
            {
                after = ChangelogEditor.AddEntry(before, changeType, entry);
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"{display}: {e.Message.Split(" (Parameter", StringSplitOptions.None)[0]}", e);
            }
            catch (ChangelogEditException e)
            {
                throw new UsageException($"{display}: {e.Message}", e);
            }

            await ChangelogFiles.ReplaceAsync(path, after, display, cancellationToken).ConfigureAwait(false);
            var added = ChangelogDiff.Compare(before, after).AddedEntries;
            var line = added.Count > 0 ? added[0].Line.ToString(CultureInfo.InvariantCulture) : "?";
            await context.Output.WriteLineAsync($"{display}:{line}: added to [Unreleased] > {ChangeTypes.HeadingName(changeType)}".AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
