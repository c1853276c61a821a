using System.CommandLine;
using System.Globalization;
using ProdReady.Changelog;

namespace ProdReady.Cli.Commands;

/// <summary><c>prodready changelog release VERSION [--date DATE] [--file FILE]</c>: turns [Unreleased] into a release.</summary>
internal static class ChangelogReleaseCommand
{
    /// <summary>Creates the <c>release</c> command.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var version = new Argument<string>("VERSION") { Description = "The new version, SemVer (1.4.0), greater than the latest release." };
        var date = new Option<string?>("--date") { Description = "The release date, YYYY-MM-DD (default: today)." };
        var file = ChangelogCommand.FileOption();
        var command = new Command("release", "Turn [Unreleased] into a release section, open a new [Unreleased] and update the compare links.") { version, date, file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var display = ChangelogCommand.DisplayPath(parseResult.GetValue(file)!);
            var path = context.ResolvePath(display);
            var dateText = parseResult.GetValue(date);
            DateOnly day;
            if (dateText is null)
            {
                day = ChangelogClock.Today(ChangelogClock.For(context));
            }
            else if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                throw new UsageException($"--date '{dateText}' is not a date in the form YYYY-MM-DD");
            }

            var newVersion = parseResult.GetValue(version)!;
            var before = await ChangelogFiles.ReadAsync(path, display, cancellationToken).ConfigureAwait(false);
            string after;
            try
            {
                after = ChangelogEditor.Release(before, newVersion, day);
            }
            catch (ChangelogEditException e)
            {
                throw new UsageException($"{display}: {e.Message}", e);
            }

            await ChangelogFiles.ReplaceAsync(path, after, display, cancellationToken).ConfigureAwait(false);
            var dayText = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await context.Output.WriteLineAsync($"{display}: released {newVersion} ({dayText})".AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
