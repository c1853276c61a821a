using System.Text;

namespace ProdReady.Python.Tests.Robustness;

/// <summary>
/// Pathological sizes and depths: each input gives a tree or a syntax error and the process survives.
/// A stack overflow would kill the test host, which is exactly the failure these guard against.
/// </summary>
public sealed class DeepNestingTests
{
    private const int Megabyte = 1 << 20;

    public static TheoryData<string> Shapes => new(s_shapes.Keys.Order(StringComparer.Ordinal));

    private static readonly IReadOnlyDictionary<string, Func<string>> s_shapes = new Dictionary<string, Func<string>>
    {
        ["100k nested parentheses"] = () => new string('(', 100_000) + "1" + new string(')', 100_000) + "\n",
        ["100k unclosed parentheses"] = () => new string('(', 100_000) + "\n",
        ["100k nested brackets"] = () => new string('[', 100_000) + new string(']', 100_000) + "\n",
        ["100k nested braces"] = () => new string('{', 100_000) + new string('}', 100_000) + "\n",
        ["10k nested blocks"] = NestedBlocks,
        ["2k nested functions on tabs"] = () => Lines(2_000, i => new string('\t', i) + $"def f{i}():") + new string('\t', 2_000) + "pass\n",
        ["1 MB of additions"] = () => "x = " + Repeat("1+", Megabyte / 2) + "1\n",
        ["1 MB of attribute access"] = () => "x = a" + Repeat(".b", Megabyte / 2) + "\n",
        ["1 MB of nested calls"] = () => "x = " + Repeat("f(", Megabyte / 3) + new string(')', Megabyte / 3) + "\n",
        ["1 MB of nested lists"] = () => "x = " + Repeat("[", Megabyte / 2) + new string(']', Megabyte / 2) + "\n",
        ["1 MB of not"] = () => "x = " + Repeat("not ", Megabyte / 4) + "y\n",
        ["1 MB of unary minus in parentheses"] = () => "x = " + Repeat("-(", Megabyte / 3) + "1" + new string(')', Megabyte / 3) + "\n",
        ["1 MB of unary operators"] = () => "x = " + Repeat("-~+", Megabyte / 3) + "1\n",
        ["1 MB of power operators"] = () => "x = " + Repeat("2**", Megabyte / 3) + "2\n",
        ["1 MB of subscripts"] = () => "x = a" + Repeat("[0]", Megabyte / 3) + "\n",
        ["1 MB of calls in a chain"] = () => "x = f" + Repeat("()", Megabyte / 2) + "\n",
        ["1 MB of comparisons"] = () => "x = 1" + Repeat(" < 1", Megabyte / 4) + "\n",
        ["1 MB of boolean operators"] = () => "x = a" + Repeat(" or a", Megabyte / 5) + "\n",
        ["1 MB of conditional expressions"] = () => "x = " + Repeat("a if b else ", Megabyte / 12) + "c\n",
        ["1 MB of lambdas"] = () => "x = " + Repeat("lambda: ", Megabyte / 8) + "0\n",
        ["1 MB of walrus"] = () => "x = " + Repeat("(a := ", Megabyte / 7) + "1" + new string(')', Megabyte / 7) + "\n",
        ["1 MB of awaits"] = () => "async def f():\n    x = " + Repeat("await ", Megabyte / 6) + "y\n",
        ["1 MB of starred"] = () => "x = " + Repeat("*", Megabyte) + "a\n",
        ["1 MB of string concatenation"] = () => "x = " + Repeat("'ab' ", Megabyte / 5) + "\n",
        ["1 MB of f-string concatenation"] = () => "x = " + Repeat("f'{a}' ", Megabyte / 7) + "\n",
        ["deeply nested f-strings"] = () => "x = " + Repeat("f'{", 10_000) + "1" + Repeat("}'", 10_000) + "\n",
        ["1 MB of tuple items"] = () => "x = " + Repeat("1, ", Megabyte / 3) + "\n",
        ["1 MB of elif"] = () => "if a:\n    pass\n" + Repeat("elif a:\n    pass\n", Megabyte / 16) + "else:\n    pass\n",
        ["1 MB of decorators"] = () => Repeat("@d\n", Megabyte / 3) + "def f(): pass\n",
        ["1 MB of statements on one line"] = () => Repeat("a;", Megabyte / 2) + "\n",
        ["1 MB of nested patterns"] = () => "match x:\n    case " + Repeat("[", Megabyte / 2) + new string(']', Megabyte / 2) + ":\n        pass\n",
        ["1 MB of nested lambdas' defaults"] = () => "x = " + Repeat("lambda a=", Megabyte / 9) + "0" + Repeat(": 0", Megabyte / 9) + "\n",
        ["1 MB line of one name"] = () => new string('a', Megabyte) + " = 1\n",
        ["1 MB of line continuations"] = () => "x = 1" + Repeat(" \\\n", Megabyte / 3) + "\n",
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Survives(string shape)
    {
        var text = s_shapes[shape]();
        var result = await BoundedParse.ParseAsync(text, shape);
        Assert.True(result.Success || result.Errors[0].Message.Length > 0);
    }

    private static string NestedBlocks()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            builder.Append(' ', i).Append("if x:\n");
        }

        return builder.Append(' ', 10_000).Append("pass\n").ToString();
    }

    private static string Lines(int count, Func<int, string> line)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(line(i)).Append('\n');
        }

        return builder.ToString();
    }

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();
}
