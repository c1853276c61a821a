namespace ProdReady.Reporting;

/// <summary>What a report note is about.</summary>
public enum NoteKind
{
    /// <summary>A file was skipped because it is binary.</summary>
    SkippedBinary,

    /// <summary>A file was skipped because its bytes cannot be decoded as text.</summary>
    SkippedUndecodable,

    /// <summary>A file was skipped because it is larger than the size limit.</summary>
    SkippedTooLarge,

    /// <summary>Something the configuration did or asked that the reader should know.</summary>
    Configuration,

    /// <summary>What the baseline did: findings it hid, entries that no longer match a finding.</summary>
    Baseline,

    /// <summary>What an external tool of <c>--run-tools</c> did that is not a finding: not installed, no tests collected, output cut.</summary>
    ExternalTool,
}
