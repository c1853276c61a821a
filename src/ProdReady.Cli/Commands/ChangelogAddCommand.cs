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
            var line = await AddAsync(path, display, changeType, entry, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"{display}:{line}: added to [Unreleased] > {ChangeTypes.HeadingName(changeType)}".AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Inserts <paramref name="entry"/> under [Unreleased] in the subsection of <paramref name="changeType"/>: a minimal
    /// insertion, written atomically; nothing else in the file changes.
    /// </summary>
    /// <param name="path">The changelog's absolute path.</param>
    /// <param name="display">The path as the user gave it, for messages.</param>
    /// <param name="changeType">The change type.</param>
    /// <param name="entry">The entry's text.</param>
    /// <param name="cancellationToken">Cancels the edit before the file is replaced.</param>
    /// <returns>The 1-based line of the added entry, or <c>?</c> when it cannot be located.</returns>
    /// <exception cref="UsageException">The file is missing, not UTF-8, not editable, or the text is empty.</exception>
    public static async Task<string> AddAsync(string path, string display, ChangeType changeType, string entry, CancellationToken cancellationToken)
    {
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
        return added.Count > 0 ? added[0].Line.ToString(CultureInfo.InvariantCulture) : "?";
    }
}
