namespace ProdReady.Reporting;

/// <summary>How one external tool (pytest, mypy, flake8) of <c>--run-tools</c> ended.</summary>
public enum ToolRunStatus
{
    /// <summary>The tool ran and found nothing (✔ for its part of the checklist line).</summary>
    Passed,

    /// <summary>The tool ran and reported failures, errors or violations.</summary>
    Failed,

    /// <summary>The tool ran out of its time limit and its process tree was killed.</summary>
    TimedOut,

    /// <summary>The tool did not run (not installed, no interpreter, not selected): never a pass.</summary>
    NotChecked,
}
