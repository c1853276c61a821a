using ProdReady.Core.Diagnostics;
using ProdReady.Reporting;

namespace ProdReady.Reporting.Tests;

/// <summary>The shared report every writer renders: several files and items, unicode, text needing escaping,
/// a file-less finding, a finding whose code no enabled rule describes, notes and new suppressions.</summary>
internal static class ReportFixtures
{
    public static ToolInfo Tool { get; } = new("prodready", "0.1.0", new Uri("https://example.invalid/prodready"));

    public static RuleDescriptor Rule(string code, string name, ChecklistItem item, Severity severity = Severity.Warning) =>
        new(code, name, item, severity, $"Flags {name.Replace('-', ' ')}.",
            $"## What it does\nFlags {name.Replace('-', ' ')}.\n\n## Why is this bad?\nIt is not production-ready.\n", "0.1.0");

    public static IReadOnlyList<RuleDescriptor> Rules { get; } =
    [
        Rule("TYP001", "missing-annotation", ChecklistItem.TypeHints),
        Rule("DOC101", "missing-docstring", ChecklistItem.Docstrings),
        Rule("DOC102", "docstring-args-mismatch", ChecklistItem.Docstrings),
        Rule("TST201", "untested-function", ChecklistItem.TestsWritten),
        Rule("TST301", "missing-failure-case", ChecklistItem.EdgeCases),
        Rule("RUN001", "undefined-name", ChecklistItem.RuntimeErrors, Severity.Error),
        Rule("PLN001", "missing-plan", ChecklistItem.ArchitecturePlan, Severity.Error),
        Rule("NAM001", "non-pep8-name", ChecklistItem.Naming),
        Rule("SEC001", "eval-call", ChecklistItem.SecureBoundaries, Severity.Error),
        Rule("CHL001", "missing-unreleased-entry", ChecklistItem.Changelog),
    ];

    public static IReadOnlyList<Diagnostic> Diagnostics { get; } =
    [
        new("SEC001", "eval() on input <user> & \"quoted\" | piped, 100% [x]*y* `code`\nsecond line: a,b", Severity.Error,
            ChecklistItem.SecureBoundaries, new SourceLocation("src/app.py", 14, 5, 14, 30)),
        new("DOC102", "Args: lists 'path' but the function has no parameter named `path`", Severity.Warning,
            ChecklistItem.Docstrings, new SourceLocation("src/app.py", 10, 5, 10, 12)),
        new("RUN001", "Undefined name 'ñandú' 🐍", Severity.Error,
            ChecklistItem.RuntimeErrors, new SourceLocation("src/módulo.py", 2, 8, 2, 13)),
        new("PLN001", "The change carries no architecture plan", Severity.Error, ChecklistItem.ArchitecturePlan, null,
            "Add a 3-5 line plan to the pull request body."),
        new("TYP002", "Parameter 'x' is annotated with Any", Severity.Info,
            ChecklistItem.TypeHints, new SourceLocation("src/app.py", 3, 10, 3, 15)),
        new("DOC101", "Public function 'load' has no docstring", Severity.Warning,
            ChecklistItem.Docstrings, new SourceLocation("src/app.py", 3, 1, 5, 20)),
        new("TST301", "Test of 'load' has no failure case (pytest.raises)", Severity.Warning,
            ChecklistItem.EdgeCases, SourceLocation.AtLine("tests/test_app.py", 7)),
        new("CHL001", "No bullet under [Unreleased] for this change", Severity.Warning,
            ChecklistItem.Changelog, SourceLocation.AtFile("CHANGELOG.md"), "Add a bullet under ### Added."),
    ];

    public static IReadOnlyList<ReportNote> Notes { get; } =
    [
        ReportNote.SkippedTooLarge("data/huge.py", 5_242_880, 1_048_576),
        ReportNote.Configuration("per-file-ignores entry 'docs/**' matches no file", "pyproject.toml"),
        ReportNote.SkippedBinary("assets/logo.png"),
        ReportNote.SkippedUndecodable("legacy/latin1.py", "invalid UTF-8 at byte 17"),
    ];

    public static IReadOnlyList<NewSuppression> Suppressions { get; } =
    [
        new("src/util.py", 4, []),
        new("src/app.py", 20, ["TYP001", "DOC101", "TYP001"]),
    ];

    /// <summary>The failing report: warnings fail the gate and new suppressions are not allowed.</summary>
    public static GateReport Failing() => new(
        Tool,
        "changes since merge base a1b2c3d with main",
        "/repo",
        new GatePolicy(Severity.Warning, NoNewSuppressions: true),
        Rules,
        Diagnostics,
        filesChecked: 5,
        Notes,
        Suppressions);

    /// <summary>A passing report over the whole tree with no findings.</summary>
    public static GateReport Passing() => new(
        Tool,
        "whole tree",
        "/repo",
        new GatePolicy(Severity.Warning),
        Rules,
        [],
        filesChecked: 12);

    /// <summary>Files that do not parse: each syntax error is a finding of "No obvious runtime errors".</summary>
    public static GateReport SyntaxErrors() => new(
        Tool,
        "staged changes",
        "/repo",
        new GatePolicy(Severity.Error),
        [Rule("RUN001", "syntax-error", ChecklistItem.RuntimeErrors, Severity.Error)],
        [
            new("RUN001", "Unexpected end of file: '(' opened on line 10 is never closed", Severity.Error,
                ChecklistItem.RuntimeErrors, new SourceLocation("src/eof.py", 12, 1, 12, 1)),
            new("RUN001", "Unexpected indent", Severity.Error,
                ChecklistItem.RuntimeErrors, new SourceLocation("src/broken.py", 7, 1, 7, 5)),
            new("RUN001", "Invalid character '€' (U+20AC)", Severity.Error,
                ChecklistItem.RuntimeErrors, new SourceLocation("src/ünï.py", 1, 5, 1, 6)),
            new("RUN001", "Expected ':' after the function signature", Severity.Error,
                ChecklistItem.RuntimeErrors, new SourceLocation("src/broken.py", 3, 12, 3, 13)),
        ],
        filesChecked: 3);

    public static string Render(ReportFormat format, GateReport report, ReportWriterOptions? options = null) =>
        ReportWriters.Create(format, options).Render(report);
}
