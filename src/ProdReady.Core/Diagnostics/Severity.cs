namespace ProdReady.Core.Diagnostics;

/// <summary>How serious a finding is; the gate fails on findings at or above its <c>fail-on</c> level.</summary>
public enum Severity
{
    /// <summary>Informational: reported, never fails the gate unless asked.</summary>
    Info = 0,

    /// <summary>A problem that should be fixed before the change ships.</summary>
    Warning = 1,

    /// <summary>A problem that makes the change not production-ready.</summary>
    Error = 2,
}
