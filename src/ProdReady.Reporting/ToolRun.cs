namespace ProdReady.Reporting;

/// <summary>The outcome of one external tool of <c>--run-tools</c>, as the checklist line shows it.</summary>
/// <param name="Tool">The tool's name: <c>pytest</c>, <c>mypy</c> or <c>flake8</c>.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Detail">What it said in a few words, such as "12 tests passed" or "not installed in .venv/bin/python".</param>
public sealed record ToolRun(string Tool, ToolRunStatus Status, string Detail)
{
    /// <summary>Gets the tool's part of the checklist line, such as "pytest: 12 tests passed".</summary>
    public string Describe() => $"{Tool}: {Detail}";
}
