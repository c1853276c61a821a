using ProdReady.Analysis.Suppressions;
using ProdReady.Core.Diagnostics;
using ProdReady.Core.Text;
using ProdReady.Git.Changes;
using ProdReady.Python;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Engine;

/// <summary>
/// Analyses one file: decode, parse, one walk dispatching every check, then <c># noqa</c>, the per-file
/// rule selection and the change filter; finally line/column mapping. The tree is dropped on return.
/// </summary>
internal static class FileAnalyzer
{
    /// <summary>Analyses <paramref name="file"/>.</summary>
    /// <param name="file">The file.</param>
    /// <param name="table">The checks of the enabled rules.</param>
    /// <param name="change">The file's change, or <see langword="null"/> when every line counts (whole tree).</param>
    /// <param name="isEnabled">Whether a code is enabled for a path (per-file ignores): (code, path).</param>
    /// <param name="collectAddedUnits">Whether to record the public units the change adds.</param>
    /// <returns>The file's contribution.</returns>
    /// <param name="project">What is known about the project around the file.</param>
    /// <param name="modelReady">Called once the file's model is built and its summary given to the project index, before any rule runs.</param>
    /// <param name="keepUnitMap">Whether to keep the file's units by line, with their qualified names, in the result.</param>
    public static FileResult Analyze(SourceFile file, DispatchTable table, ChangedFile? change, Func<string, string, bool>? isEnabled, bool collectAddedUnits, ProjectContext? project = null, Action? modelReady = null, bool keepUnitMap = false)
    {
        var result = new FileResult();
        SourceText? text;
        Python.Text.SourceDecodingError? decodeError;
        try
        {
            (text, decodeError) = file.Load();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            result.Skipped = new UnreadableFile(file.Path, e.Message);
            return result;
        }

        var source = text ?? new SourceText(string.Empty, file.Path);
        var parse = text is null ? null : PythonParser.Parse(text);
        var ancestors = new List<SyntaxNode>(32);
        var context = new RuleContext(file.Path, source, parse, decodeError, ancestors, project, table.RentFindings());
        if (parse is not null && project?.Index is { } index)
        {
            // The model every rule reads is built now, so that other files asking about this module never parse it again.
            index.Publish(context.Semantic!, file.Path, parse.Success);
        }

        modelReady?.Invoke();

        foreach (var (rule, check) in table.FileChecks)
        {
            try
            {
                check(context);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw Failure(rule, file.Path, e);
            }
        }

        List<TextSpan> units = [];
        if (parse is not null)
        {
            if (table.CommentChecks.Length > 0)
            {
                foreach (var comment in parse.Comments)
                {
                    foreach (var (rule, check) in table.CommentChecks)
                    {
                        try
                        {
                            check(comment, context);
                        }
                        catch (Exception e) when (e is not OperationCanceledException)
                        {
                            throw Failure(rule, file.Path, e);
                        }
                    }
                }
            }

            var needUnits = change is { IsWholeFile: false } || collectAddedUnits || keepUnitMap;
            if (table.HasNodeChecks || needUnits)
            {
                var walker = new FileWalker(table, context, ancestors, needUnits);
                walker.Walk(parse.Module);
                units = walker.Units;
                if (keepUnitMap)
                {
                    result.UnitMap = Units.UnitMap.FromUnits(walker.QualifiedUnits);
                }

                if (collectAddedUnits && change is not null)
                {
                    if (change.IsNew && IsPublicModule(file.Path))
                    {
                        result.AddedPublicUnits.Add($"module {file.Path}");
                    }

                    foreach (var unit in walker.PublicUnits)
                    {
                        if (IsAdded(change, source.Lines, unit.Span))
                        {
                            result.AddedPublicUnits.Add($"{unit.Kind} {unit.Name} in {unit.Path}");
                        }
                    }
                }
            }
        }

        Filter(context, parse, change, isEnabled, units, result);
        // Nothing keeps the context past its file (rules report while the file is analysed), so its list can go back.
        table.ReturnFindings(context.Findings);
        if (parse is not null && table.HasProjectChecks && HasNoqa(parse))
        {
            result.Suppressions = BuildSuppressions(parse, source.Lines);
        }

        return result;
    }

    private static void Filter(RuleContext context, ParseResult? parse, ChangedFile? change, Func<string, string, bool>? isEnabled, List<TextSpan> units, FileResult result)
    {
        var findings = context.Findings;
        var lines = context.Source.Lines;
        SuppressionIndex? suppressions = null;
        if (parse is not null && change is not null)
        {
            suppressions = BuildSuppressions(parse, lines);
            result.NewSuppressions.AddRange(SuppressionChanges
                .AddedBy(suppressions.Directives, line => change.Touches(line, line))
                .Select(directive => new FileSuppression(context.Path, directive)));
        }

        if (findings.Count == 0)
        {
            return;
        }

        UnitLocator? locator = null;
        result.Diagnostics.EnsureCapacity(findings.Count);

        // The selection is asked once per rule of the file, not once per finding (a file may hold thousands).
        Dictionary<string, bool>? enabledByCode = isEnabled is null ? null : new(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            if (enabledByCode is not null)
            {
                ref var enabled = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(enabledByCode, finding.Rule.Code, out var known);
                if (!known)
                {
                    enabled = isEnabled!(finding.Rule.Code, context.Path);
                }

                if (!enabled)
                {
                    continue;
                }
            }

            var (startLine, endLine) = finding.Line > 0
                ? (finding.Line, finding.Line)
                : (lines.GetLineNumber(finding.Span.Start), lines.GetLineNumber(finding.Span.IsEmpty ? finding.Span.Start : finding.Span.End - 1));
            if (parse is not null)
            {
                suppressions ??= BuildSuppressions(parse, lines);
                var anchorLine = finding.SuppressionOffset >= 0 ? lines.GetLineNumber(finding.SuppressionOffset) : startLine;
                if (suppressions.IsSuppressed(finding.Rule.Code, startLine)
                    || (endLine != startLine && suppressions.IsSuppressed(finding.Rule.Code, endLine))
                    || (anchorLine != startLine && anchorLine != endLine && suppressions.IsSuppressed(finding.Rule.Code, anchorLine)))
                {
                    result.SuppressedCount++;
                    continue;
                }
            }

            if (change is not null && !finding.IsFileLevel)
            {
                locator ??= new UnitLocator(units.Select(unit => ToLineEnd(unit, lines)));
                var (unitStart, unitEnd) = locator.UnitLines(finding.Span, lines);
                if (!change.Touches(unitStart, unitEnd))
                {
                    continue;
                }
            }

            result.Diagnostics.Add(ToDiagnostic(context.Path, finding, lines));
        }

        ReportOrder.Sort(result.Diagnostics);
    }

    /// <summary>Extends a unit to the end of its last line, so that a trailing comment belongs to it.</summary>
    private static TextSpan ToLineEnd(TextSpan unit, LineIndex lines)
    {
        var lastLine = lines.GetLineNumber(unit.IsEmpty ? unit.Start : unit.End - 1);
        return TextSpan.FromBounds(unit.Start, Math.Max(unit.End, lines.GetLineSpan(lastLine).End));
    }

    private static bool HasNoqa(ParseResult parse)
    {
        foreach (var comment in parse.Comments)
        {
            if (MentionsNoqa(parse.Source.Slice(comment)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tells whether a comment holds <c>noqa</c> in any case. Every comment of a file with findings is asked, so the
    /// letter n is searched for with a vector search and only its neighbours compared, instead of a culture-free
    /// case-insensitive search from every position.
    /// </summary>
    internal static bool MentionsNoqa(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny('n', 'N'); at >= 0 && at + 4 <= text.Length; at = text.IndexOfAny('n', 'N'))
        {
            if (text.Slice(at + 1, 3).Equals("oqa", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            text = text[(at + 1)..];
        }

        return false;
    }

    private static SuppressionIndex BuildSuppressions(ParseResult parse, LineIndex lines)
    {
        var directives = new List<NoqaDirective>();
        foreach (var comment in parse.Comments)
        {
            var text = parse.Source.Slice(comment);
            if (MentionsNoqa(text))
            {
                var position = lines.GetPosition(comment.Start);
                var directive = NoqaParser.Parse(text, position.Line, position.Column);
                if (directive is not null)
                {
                    directives.Add(directive);
                }
            }
        }

        return new SuppressionIndex(directives);
    }

    /// <summary>
    /// Tells whether a path names a public module: a <c>.py</c> file whose name and folders do not start with
    /// an underscore (<c>__init__.py</c> excepted) and that is not a test (<c>test_*.py</c>, <c>*_test.py</c>,
    /// <c>conftest.py</c>, or under a <c>test</c>/<c>tests</c> folder).
    /// </summary>
    internal static bool IsPublicModule(string path)
    {
        if (!path.EndsWith(".py", StringComparison.Ordinal))
        {
            return false;
        }

        var parts = path.Split('/');
        var name = parts[^1][..^3];
        if (name is "conftest" || name.StartsWith("test_", StringComparison.Ordinal) || name.EndsWith("_test", StringComparison.Ordinal))
        {
            return false;
        }

        if (name.StartsWith('_') && name != "__init__")
        {
            return false;
        }

        return !parts[..^1].Any(folder => folder.StartsWith('_') || folder is "test" or "tests");
    }

    private static bool IsAdded(ChangedFile change, LineIndex lines, TextSpan span)
    {
        if (change.IsNew)
        {
            return true;
        }

        var first = lines.GetLineNumber(span.Start);
        var last = lines.GetLineNumber(Math.Max(span.Start, span.End - 1));
        foreach (var range in change.Lines)
        {
            if (range.Start <= first && last <= range.End)
            {
                return true;
            }
        }

        return false;
    }

    private static Diagnostic ToDiagnostic(string path, RawFinding finding, LineIndex lines)
    {
        SourceLocation location;
        if (finding.Line > 0)
        {
            location = SourceLocation.AtLine(path, finding.Line);
        }
        else
        {
            var start = lines.GetCodePointPosition(finding.Span.Start);
            var end = lines.GetCodePointPosition(finding.Span.End);
            location = new SourceLocation(path, start.Line, start.Column + 1, end.Line, end.Column + 1);
        }

        return new Diagnostic(finding.Rule.Code, finding.Message, finding.Severity ?? finding.Rule.DefaultSeverity, finding.Rule.Category, location);
    }

    // The checks are called in place rather than through a shared wrapper taking a lambda: a closure and a delegate per
    // comment and check of every file add up.
    private static InvalidOperationException Failure(RuleInfo rule, string path, Exception e) =>
        new($"Rule {rule.Code} failed on {path}: {e.Message}", e);
}
