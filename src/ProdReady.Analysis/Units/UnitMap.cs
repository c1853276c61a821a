using ProdReady.Core.Text;
using ProdReady.Python;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Units;

/// <summary>
/// The units of one Python file by line: functions and classes (decorators included) with their qualified names, and
/// the module-level statements, the same units the change filter weighs. Built from one walk over the statements
/// (expressions are skipped); each question is a binary search plus a walk over the enclosing units.
/// </summary>
public sealed class UnitMap
{
    private readonly CodeUnit[] _units;

    private UnitMap(CodeUnit[] units)
    {
        // Outer units first on equal starts, so that the last unit that contains a line is the innermost.
        Array.Sort(units, static (a, b) => a.StartLine != b.StartLine ? a.StartLine.CompareTo(b.StartLine) : b.EndLine.CompareTo(a.EndLine));
        _units = units;
    }

    /// <summary>Gets a map without units, for a file that is not Python or does not decode.</summary>
    public static UnitMap Empty { get; } = new([]);

    /// <summary>Builds the map of a parsed file (a file with syntax errors gives the units the parser recovered).</summary>
    /// <param name="parse">The parse.</param>
    /// <returns>The map.</returns>
    public static UnitMap Build(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var walker = new Walker(parse.Source.Lines);
        walker.Walk(parse.Module);
        return new UnitMap([.. walker.Units]);
    }

    /// <summary>Builds the map from units recorded elsewhere (the rule engine's walk of a tree it already holds).</summary>
    /// <param name="units">The units: functions and classes with their qualified names, and module-level statements.</param>
    /// <returns>The map.</returns>
    public static UnitMap FromUnits(IEnumerable<CodeUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        return new UnitMap([.. units]);
    }

    /// <summary>Parses Python text and builds its map.</summary>
    /// <param name="text">The source.</param>
    /// <param name="path">The path, for the parser's messages.</param>
    /// <returns>The map.</returns>
    public static UnitMap Build(string text, string path) => Build(PythonParser.Parse(new SourceText(text, path)));

    /// <summary>Returns the innermost unit around a line.</summary>
    /// <param name="line">The 1-based line.</param>
    /// <returns>The unit; outside every unit (a comment between statements), the line itself with an empty name.</returns>
    public CodeUnit Find(int line)
    {
        var low = 0;
        var high = _units.Length - 1;
        var last = -1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            if (_units[mid].StartLine <= line)
            {
                last = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        for (var i = last; i >= 0; i--)
        {
            if (_units[i].EndLine >= line)
            {
                return _units[i];
            }
        }

        return new CodeUnit(string.Empty, line, line);
    }

    private sealed class Walker(LineIndex lines) : SyntaxWalker
    {
        private readonly List<string> _names = [];
        private readonly List<SyntaxNode> _definitions = [];
        private int _depth;

        public List<CodeUnit> Units { get; } = [];

        protected override bool Enter(SyntaxNode node)
        {
            if (node is ExprNode)
            {
                return false;
            }

            // The module is entered at depth 0, so the statements of its body are entered at depth 1.
            var moduleLevel = _depth == 1;
            _depth++;
            switch (node)
            {
                case FunctionDef function:
                    Define(node, function.Name, WithDecorators(function.Span, function.DecoratorList));
                    break;
                case AsyncFunctionDef function:
                    Define(node, function.Name, WithDecorators(function.Span, function.DecoratorList));
                    break;
                case ClassDef type:
                    Define(node, type.Name, WithDecorators(type.Span, type.DecoratorList));
                    break;
                case StmtNode when moduleLevel:
                    Units.Add(new CodeUnit(string.Empty, First(node.Span), Last(node.Span)));
                    break;
            }

            return true;
        }

        protected override void Leave(SyntaxNode node)
        {
            _depth--;
            if (_definitions.Count > 0 && ReferenceEquals(_definitions[^1], node))
            {
                _definitions.RemoveAt(_definitions.Count - 1);
                _names.RemoveAt(_names.Count - 1);
            }
        }

        private void Define(SyntaxNode node, string name, TextSpan span)
        {
            _names.Add(name);
            _definitions.Add(node);
            Units.Add(new CodeUnit(string.Join('.', _names), First(span), Last(span)));
        }

        private int First(TextSpan span) => lines.GetLineNumber(span.Start);

        private int Last(TextSpan span) => lines.GetLineNumber(span.IsEmpty ? span.Start : span.End - 1);

        private static TextSpan WithDecorators(TextSpan span, System.Collections.Immutable.ImmutableArray<ExprNode> decorators)
        {
            foreach (var decorator in decorators)
            {
                span = span.Union(decorator.Span);
            }

            return span;
        }
    }
}
