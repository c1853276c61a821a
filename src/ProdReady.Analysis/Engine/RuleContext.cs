using ProdReady.Core.Diagnostics;
using ProdReady.Core.Text;
using ProdReady.Python;
using ProdReady.Python.Syntax;
using ProdReady.Python.Text;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Engine;

/// <summary>
/// What a file-level, comment or node check sees: the file, its tree and the ancestors of the node being
/// visited, and where to report. One context serves one file on one thread.
/// </summary>
public sealed class RuleContext
{
    private readonly List<RawFinding> _findings;
    private readonly List<SyntaxNode> _ancestors;
    private SemanticModel? _semantic;
    private bool? _isTestCode;
    private Dictionary<Type, object>? _shared;
    private Type? _lastSharedType;
    private object? _lastShared;

    internal RuleContext(string path, SourceText source, ParseResult? parse, SourceDecodingError? decodeError, List<SyntaxNode> ancestors, ProjectContext? project = null, List<RawFinding>? findings = null)
    {
        _findings = findings ?? [];
        Project = project ?? ProjectContext.Default;
        Path = path;
        Source = source;
        Parse = parse;
        DecodeError = decodeError;
        _ancestors = ancestors;
        IsStub = path.EndsWith(".pyi", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Gets the path of the file, relative to the checked root, with forward slashes.</summary>
    public string Path { get; }

    /// <summary>Gets the decoded text; empty when the file could not be decoded.</summary>
    public SourceText Source { get; }

    /// <summary>Gets the parse result, or <see langword="null"/> when the file could not be decoded.</summary>
    public ParseResult? Parse { get; }

    /// <summary>Gets the decoding error, or <see langword="null"/> when the file decoded.</summary>
    public SourceDecodingError? DecodeError { get; }

    /// <summary>Gets a value indicating whether the file is a type stub (<c>.pyi</c>).</summary>
    public bool IsStub { get; }

    /// <summary>Gets what is known about the project around the file.</summary>
    public ProjectContext Project { get; }

    /// <summary>
    /// Gets the file's semantic model, built on first use from the one parse of the file (and then shared by every
    /// rule); <see langword="null"/> when the file could not be decoded.
    /// </summary>
    public SemanticModel? Semantic => _semantic ??= Parse is null ? null : SemanticModel.Build(Parse, Project.OptionsFor(Path));

    /// <summary>Gets a value indicating whether the file is test code (pytest's collection rules, <c>conftest.py</c>, the test roots).</summary>
    public bool IsTestCode => _isTestCode ??= Project.Tests.IsTestCode(Path);

    /// <summary>
    /// Gets the ancestors of the node being visited, outermost (the module) first; the last one is its parent.
    /// Empty outside node checks.
    /// </summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    /// <summary>Gets the parent of the node being visited, or <see langword="null"/>.</summary>
    public SyntaxNode? Parent => _ancestors.Count > 0 ? _ancestors[^1] : null;

    internal List<RawFinding> Findings => _findings;

    /// <summary>
    /// Returns a value about the file that several rules share (facts of a rule family), built by <paramref name="create"/>
    /// on first use and kept, one per type, for the rest of the file's analysis.
    /// </summary>
    /// <typeparam name="T">The type of the shared value; it is the key.</typeparam>
    /// <param name="create">Builds the value from this context.</param>
    /// <returns>The shared value.</returns>
    public T Shared<T>(Func<RuleContext, T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);

        // The rules of a family ask for the same facts one after the other on each node: the last answer is kept apart.
        if (_lastSharedType == typeof(T))
        {
            return (T)_lastShared!;
        }

        _shared ??= [];
        if (!_shared.TryGetValue(typeof(T), out var value))
        {
            value = create(this);
            _shared[typeof(T)] = value;
        }

        _lastSharedType = typeof(T);
        _lastShared = value;
        return (T)value;
    }

    /// <summary>Reports a finding at <paramref name="span"/>; it counts in a change when its unit overlaps the change.</summary>
    /// <param name="rule">The catalogue entry of the reporting rule.</param>
    /// <param name="span">Where, in the file's text.</param>
    /// <param name="message">What is wrong, precisely.</param>
    public void Report(RuleInfo rule, TextSpan span, string message)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrEmpty(message);
        _findings.Add(new RawFinding(rule, message, Clamp(span), 0, IsFileLevel: false));
    }

    /// <summary>
    /// Reports a finding at <paramref name="span"/> inside a construct that cannot hold a comment (a multi-line
    /// string): a <c># noqa</c> on the line of <paramref name="suppressionOffset"/> also silences it.
    /// </summary>
    /// <param name="rule">The catalogue entry of the reporting rule.</param>
    /// <param name="span">Where, in the file's text.</param>
    /// <param name="message">What is wrong, precisely.</param>
    /// <param name="suppressionOffset">An offset on the line where a <c># noqa</c> can be written, such as the end of the string.</param>
    public void Report(RuleInfo rule, TextSpan span, string message, int suppressionOffset)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrEmpty(message);
        _findings.Add(new RawFinding(rule, message, Clamp(span), 0, IsFileLevel: false, Math.Clamp(suppressionOffset, 0, Source.Length)));
    }

    /// <summary>
    /// Reports a finding at <paramref name="span"/> with a severity of its own, for a rule that grades its findings
    /// (a literal shell command is a warning, one built from variables an error).
    /// </summary>
    /// <param name="rule">The catalogue entry of the reporting rule.</param>
    /// <param name="severity">The severity of this finding.</param>
    /// <param name="span">Where, in the file's text.</param>
    /// <param name="message">What is wrong, precisely.</param>
    public void Report(RuleInfo rule, Severity severity, TextSpan span, string message)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrEmpty(message);
        _findings.Add(new RawFinding(rule, message, Clamp(span), 0, IsFileLevel: false, Severity: severity));
    }

    /// <summary>Reports a finding about the file as a whole; it counts when the change includes the file.</summary>
    /// <param name="rule">The catalogue entry of the reporting rule.</param>
    /// <param name="message">What is wrong, precisely.</param>
    /// <param name="span">Where to point in the file, if anywhere.</param>
    public void ReportFile(RuleInfo rule, string message, TextSpan? span = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrEmpty(message);
        _findings.Add(new RawFinding(rule, message, Clamp(span ?? default), 0, IsFileLevel: true));
    }

    /// <summary>Reports a finding about the file as a whole at a 1-based line (for text that could not be decoded).</summary>
    /// <param name="rule">The catalogue entry of the reporting rule.</param>
    /// <param name="message">What is wrong, precisely.</param>
    /// <param name="line">The 1-based line.</param>
    public void ReportFileAtLine(RuleInfo rule, string message, int line)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrEmpty(message);
        _findings.Add(new RawFinding(rule, message, default, Math.Max(1, line), IsFileLevel: true));
    }

    private TextSpan Clamp(TextSpan span)
    {
        var start = Math.Clamp(span.Start, 0, Source.Length);
        var end = Math.Clamp(span.End, start, Source.Length);
        return TextSpan.FromBounds(start, end);
    }
}
