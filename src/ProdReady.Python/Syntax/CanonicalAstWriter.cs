using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;
using ProdReady.Core.Text;

namespace ProdReady.Python.Syntax;

/// <summary>
/// Writes a syntax tree as the canonical JSON object that CPython's reference dump prints for the
/// same source: <c>{"_type": ..., &lt;fields&gt;, "_pos": [line, col, end_line, end_col]}</c>, with
/// columns in code points, operators and contexts as strings and constants tagged by type. The
/// walk uses an explicit stack, so arbitrarily deep trees are written without recursion.
/// </summary>
public static partial class CanonicalAstWriter
{
    /// <summary>Returns the canonical JSON text of <paramref name="node"/>.</summary>
    /// <param name="node">The node to write (usually the <see cref="Module"/>).</param>
    /// <param name="source">The source the tree was parsed from, for line and column positions.</param>
    /// <returns>The JSON object, on one line.</returns>
    public static string ToJson(SyntaxNode node, SourceText source)
    {
        var builder = new StringBuilder(Math.Max(256, source?.Length * 8 ?? 0));
        Write(builder, node, source!);
        return builder.ToString();
    }

    /// <summary>Appends the canonical JSON text of <paramref name="node"/> to <paramref name="builder"/>.</summary>
    /// <param name="builder">The builder to append to.</param>
    /// <param name="node">The node to write (usually the <see cref="Module"/>).</param>
    /// <param name="source">The source the tree was parsed from, for line and column positions.</param>
    public static void Write(StringBuilder builder, SyntaxNode node, SourceText source)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(source);
        var lines = new CodePointColumns(source);
        var stack = new Stack<DumpItem>(64);
        stack.Push(DumpItem.Node(node));
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            switch (item.Kind)
            {
                case DumpKind.Raw:
                    builder.Append((string)item.Value!);
                    break;
                case DumpKind.Node:
                    if (item.Value is SyntaxNode child)
                    {
                        Expand(child, stack);
                    }
                    else
                    {
                        builder.Append("null");
                    }

                    break;
                case DumpKind.Nodes:
                    PushList(item.NodeList, stack);
                    break;
                case DumpKind.String:
                    if (item.Value is string text)
                    {
                        WriteString(builder, text);
                    }
                    else
                    {
                        builder.Append("null");
                    }

                    break;
                case DumpKind.Strings:
                    builder.Append('[');
                    for (var i = 0; i < item.StringList.Length; i++)
                    {
                        if (i > 0)
                        {
                            builder.Append(',');
                        }

                        WriteString(builder, item.StringList[i]);
                    }

                    builder.Append(']');
                    break;
                case DumpKind.Int:
                    builder.Append(item.Number.ToString(CultureInfo.InvariantCulture));
                    break;
                case DumpKind.Constant:
                    WriteConstant(builder, item.Value);
                    break;
                case DumpKind.Position:
                    var span = ((SyntaxNode)item.Value!).Span;
                    var start = lines.GetPosition(span.Start);
                    var end = lines.GetPosition(span.End);
                    builder.Append(",\"_pos\":[")
                        .Append(start.Line.ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append(start.Column.ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append(end.Line.ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append(end.Column.ToString(CultureInfo.InvariantCulture)).Append(']');
                    break;
                default:
                    throw new InvalidOperationException($"Unknown dump item {item.Kind}.");
            }
        }
    }

    /// <summary>Appends <paramref name="text"/> as a JSON string with every non-ASCII code unit escaped.</summary>
    /// <param name="builder">The builder to append to.</param>
    /// <param name="text">The text.</param>
    public static void WriteString(StringBuilder builder, string text)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(text);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < 0x20 || c > 0x7e)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    private static void PushList(ImmutableArray<SyntaxNode> nodes, Stack<DumpItem> stack)
    {
        stack.Push(DumpItem.Raw("]"));
        for (var i = nodes.Length - 1; i >= 0; i--)
        {
            stack.Push(DumpItem.Node(nodes[i]));
            if (i > 0)
            {
                stack.Push(DumpItem.Raw(","));
            }
        }

        stack.Push(DumpItem.Raw("["));
    }

    private static void WriteConstant(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case string s:
                builder.Append("{\"str\":");
                WriteString(builder, s);
                builder.Append('}');
                break;
            case ImmutableArray<byte> bytes:
                builder.Append("{\"bytes\":\"");
                foreach (var b in bytes)
                {
                    builder.Append(b.ToString("x2", CultureInfo.InvariantCulture));
                }

                builder.Append("\"}");
                break;
            case long l:
                builder.Append("{\"int\":\"").Append(l.ToString(CultureInfo.InvariantCulture)).Append("\"}");
                break;
            case BigInteger big:
                builder.Append("{\"int\":\"").Append(big.ToString(CultureInfo.InvariantCulture)).Append("\"}");
                break;
            case double d:
                builder.Append("{\"float\":\"").Append(d.ToString("R", CultureInfo.InvariantCulture)).Append("\"}");
                break;
            case Complex c:
                builder.Append("{\"complex\":\"").Append(c.Imaginary.ToString("R", CultureInfo.InvariantCulture)).Append("\"}");
                break;
            case EllipsisValue:
                builder.Append("{\"ellipsis\":true}");
                break;
            default:
                throw new ArgumentException($"Unexpected constant of type {value.GetType()}.", nameof(value));
        }
    }

    private static string EnumName(ExprContext value) => value switch
    {
        ExprContext.Load => "\"Load\"",
        ExprContext.Store => "\"Store\"",
        _ => "\"Del\"",
    };

    private static string EnumName(BoolOperator value) => value == BoolOperator.And ? "\"And\"" : "\"Or\"";

    private static string EnumName(Operator value) => OperatorNames[(int)value];

    private static string EnumName(UnaryOperator value) => UnaryNames[(int)value];

    private static string EnumName(CmpOperator value) => CmpNames[(int)value];

    private static string EnumNames(ImmutableArray<CmpOperator> values)
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            builder.Append(CmpNames[(int)values[i]]);
        }

        return builder.Append(']').ToString();
    }

    private static readonly ImmutableArray<string> OperatorNames = [.. Enum.GetNames<Operator>().Select(n => "\"" + n + "\"")];
    private static readonly ImmutableArray<string> UnaryNames = [.. Enum.GetNames<UnaryOperator>().Select(n => "\"" + n + "\"")];
    private static readonly ImmutableArray<string> CmpNames = [.. Enum.GetNames<CmpOperator>().Select(n => "\"" + n + "\"")];

    private enum DumpKind
    {
        Raw,
        Node,
        Nodes,
        String,
        Strings,
        Int,
        Constant,
        Position,
    }

    private readonly struct DumpItem
    {
        private DumpItem(DumpKind kind, object? value, ImmutableArray<SyntaxNode> nodes, ImmutableArray<string> strings, int number)
        {
            Kind = kind;
            Value = value;
            NodeList = nodes;
            StringList = strings;
            Number = number;
        }

        public DumpKind Kind { get; }

        public object? Value { get; }

        public ImmutableArray<SyntaxNode> NodeList { get; }

        public ImmutableArray<string> StringList { get; }

        public int Number { get; }

        public static DumpItem Raw(string text) => new(DumpKind.Raw, text, default, default, 0);

        public static DumpItem Node(SyntaxNode? node) => new(DumpKind.Node, node, default, default, 0);

        public static DumpItem Nodes(ImmutableArray<SyntaxNode> nodes) => new(DumpKind.Nodes, null, nodes, default, 0);

        public static DumpItem String(string? text) => new(DumpKind.String, text, default, default, 0);

        public static DumpItem Strings(ImmutableArray<string> strings) => new(DumpKind.Strings, null, default, strings, 0);

        public static DumpItem Int(int number) => new(DumpKind.Int, null, default, default, number);

        public static DumpItem Constant(object? value) => new(DumpKind.Constant, value, default, default, 0);

        public static DumpItem Position(SyntaxNode node) => new(DumpKind.Position, node, default, default, 0);
    }
}
