namespace ProdReady.Core.Diagnostics;

/// <summary>
/// One line of the validation checklist. The declaration order is the order in which the checklist
/// prints: the five core items first, then the others.
/// </summary>
public enum ChecklistItem
{
    /// <summary>"Type hints complete" (<c>TYP</c>).</summary>
    TypeHints,

    /// <summary>"Docstrings complete" (<c>DOC</c>).</summary>
    Docstrings,

    /// <summary>"Tests written" (<c>TST</c>).</summary>
    TestsWritten,

    /// <summary>"Edge cases covered" (<c>TST</c>).</summary>
    EdgeCases,

    /// <summary>"No obvious runtime errors" (<c>RUN</c>).</summary>
    RuntimeErrors,

    /// <summary>"Architecture plan" (<c>PLN</c>).</summary>
    ArchitecturePlan,

    /// <summary>"No TODOs or placeholders" (<c>PLH</c>).</summary>
    Placeholders,

    /// <summary>"No global mutable state" (<c>GLB</c>).</summary>
    GlobalState,

    /// <summary>"Proper exception handling" (<c>EXC</c>).</summary>
    ExceptionHandling,

    /// <summary>"Naming consistency" (<c>NAM</c>).</summary>
    Naming,

    /// <summary>"Async &amp; concurrency correctness" (<c>ASY</c>).</summary>
    AsyncCorrectness,

    /// <summary>"Secure boundary validation" (<c>SEC</c>).</summary>
    SecureBoundaries,

    /// <summary>"CHANGELOG updated" (<c>CHL</c>).</summary>
    Changelog,

    /// <summary>"pytest / mypy / flake8 pass" (<c>EXT</c>).</summary>
    ExternalTools,
}
