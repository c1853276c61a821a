using System.Globalization;

namespace ProdReady.Cli.Commands;

/// <summary>
/// The clock of the changelog commands: the system clock, or the instant in <c>SOURCE_DATE_EPOCH</c>
/// (seconds since 1970, the reproducible-builds convention) when it is set, so that "today" can be pinned.
/// </summary>
internal static class ChangelogClock
{
    /// <summary>Returns the clock for <paramref name="context"/>.</summary>
    /// <param name="context">The CLI context whose environment may pin the time.</param>
    /// <returns>The clock.</returns>
    /// <exception cref="UsageException"><c>SOURCE_DATE_EPOCH</c> is set but not a number of seconds.</exception>
    public static TimeProvider For(CliContext context)
    {
        var epoch = context.Environment("SOURCE_DATE_EPOCH");
        if (string.IsNullOrEmpty(epoch))
        {
            return TimeProvider.System;
        }

        if (!long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253_402_300_799)
        {
            throw new UsageException($"SOURCE_DATE_EPOCH='{epoch}' is not a number of seconds since 1970-01-01");
        }

        return new PinnedTimeProvider(DateTimeOffset.FromUnixTimeSeconds(seconds));
    }

    /// <summary>Returns today's date on <paramref name="clock"/>, in UTC when the clock is pinned, else local.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>Today's date.</returns>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private sealed class PinnedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override DateTimeOffset GetUtcNow() => now;
    }
}
