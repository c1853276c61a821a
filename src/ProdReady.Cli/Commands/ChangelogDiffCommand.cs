using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ProdReady.Changelog;

namespace ProdReady.Cli.Commands;

/// <summary>
/// <c>prodready changelog diff --base REF [FILE]</c> or <c>prodready changelog diff OLD NEW</c>: the verdict on a
/// change to a changelog. Exit 0 when the change is append-only, 1 when it is not, 2 on bad arguments.
/// </summary>
internal static class ChangelogDiffCommand
{
    /// <summary>Creates the <c>diff</c> command.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <param name="revisions">Reads the file at <c>--base</c>.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context, ChangelogRevisionReader revisions)
    {
        var files = new Argument<string[]>("FILES")
        {
            Description = "With --base: the changelog (default CHANGELOG.md). Without: the OLD and NEW files.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var baseRevision = new Option<string?>("--base") { Description = "Compare the working-tree file with its content at this git revision." };
        var format = ChangelogCommand.FormatOption();
        var command = new Command("diff", "Judge a change to a changelog: entries added, removed or edited; released sections touched; append-only.") { files, baseRevision, format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var paths = parseResult.GetValue(files) ?? [];
            var revision = parseResult.GetValue(baseRevision);
            string oldLabel;
            string newLabel;
            string oldText;
            string newText;
            if (revision is not null)
            {
                if (paths.Length > 1)
                {
                    throw new UsageException("with --base, give at most one FILE");
                }

                newLabel = ChangelogCommand.DisplayPath(paths.Length == 1 ? paths[0] : ChangelogCommand.DefaultFile);
                oldLabel = $"{revision}:{newLabel}";
                var path = context.ResolvePath(newLabel);
                newText = await ChangelogFiles.ReadAsync(path, newLabel, cancellationToken).ConfigureAwait(false);
                var bytes = await revisions.ReadAsync(path, revision, cancellationToken).ConfigureAwait(false);
                oldText = bytes is null ? string.Empty : ChangelogFiles.Decode(bytes, oldLabel);
            }
            else
            {
                if (paths.Length != 2)
                {
                    throw new UsageException("give --base REF [FILE], or the OLD and NEW files");
                }

                oldLabel = ChangelogCommand.DisplayPath(paths[0]);
                newLabel = ChangelogCommand.DisplayPath(paths[1]);
                oldText = await ChangelogFiles.ReadAsync(context.ResolvePath(oldLabel), oldLabel, cancellationToken).ConfigureAwait(false);
                newText = await ChangelogFiles.ReadAsync(context.ResolvePath(newLabel), newLabel, cancellationToken).ConfigureAwait(false);
            }

            var verdict = ChangelogDiff.Compare(oldText, newText);
            var report = parseResult.GetValue(format) == "json" ? RenderJson(oldLabel, newLabel, verdict) : RenderText(oldLabel, newLabel, verdict);
            await context.Output.WriteAsync(report.AsMemory(), cancellationToken).ConfigureAwait(false);
            return verdict.IsAppendOnly ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    internal static string RenderText(string oldLabel, string newLabel, ChangelogVerdict verdict)
    {
        static string YesNo(bool value) => value ? "yes" : "no";
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{oldLabel} -> {newLabel}\n");
        void Entries(string verb, IReadOnlyList<ChangelogEntryChange> changes)
        {
            foreach (var change in changes)
            {
                var where = change.Subsection is null ? change.Section : $"{change.Section} > {change.Subsection}";
                builder.Append(CultureInfo.InvariantCulture, $"{verb,-8} {where}, line {change.Line}: {Flatten(change.Text)}\n");
                if (change.OldText is not null)
                {
                    builder.Append(CultureInfo.InvariantCulture, $"         was: {Flatten(change.OldText)}\n");
                }
            }
        }

        Entries("added", verdict.AddedEntries);
        Entries("removed", verdict.RemovedEntries);
        Entries("edited", verdict.EditedEntries);
        if (verdict.AddedReleases.Count > 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"new releases: {string.Join(", ", verdict.AddedReleases)}\n");
        }

        var changed = verdict.ReleasedSectionsChanged ? $"yes ({string.Join(", ", verdict.ChangedReleases)})" : "no";
        builder.Append(CultureInfo.InvariantCulture, $"released sections changed: {changed}\n");
        builder.Append(CultureInfo.InvariantCulture, $"changed outside [Unreleased]: {YesNo(verdict.ChangedOutsideUnreleased)}\n");
        builder.Append(CultureInfo.InvariantCulture, $"append-only: {YesNo(verdict.IsAppendOnly)}\n");
        return builder.ToString();
    }

    internal static string RenderJson(string oldLabel, string newLabel, ChangelogVerdict verdict)
    {
        var report = new ChangelogJson.DiffReport(
            ChangelogJson.SchemaVersion,
            oldLabel,
            newLabel,
            verdict.HasChanges,
            verdict.IsAppendOnly,
            verdict.ChangedOutsideUnreleased,
            verdict.ReleasedSectionsChanged,
            verdict.ChangedReleases,
            verdict.AddedReleases,
            [.. verdict.AddedEntries.Select(ChangelogJson.EntryChange.From)],
            [.. verdict.RemovedEntries.Select(ChangelogJson.EntryChange.From)],
            [.. verdict.EditedEntries.Select(ChangelogJson.EntryChange.From)]);
        return JsonSerializer.Serialize(report, ChangelogJson.Context.DiffReport) + "\n";
    }

    private static string Flatten(string text) => text.Replace("\n", " / ", StringComparison.Ordinal);
}
