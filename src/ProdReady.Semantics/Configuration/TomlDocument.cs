using System.Globalization;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace ProdReady.Semantics.Configuration;

/// <summary>
/// Reads a TOML document into plain values, as Python's <c>tomllib.loads</c> does: tables become
/// <see cref="Dictionary{TKey, TValue}"/> of <see cref="string"/> to <see cref="object"/>, arrays
/// <see cref="List{T}"/>, and scalars <see cref="string"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="bool"/> or, for dates and times, <see cref="DateTimeText"/>. Headers, dotted keys and inline tables
/// are merged; an array of tables is a list of tables.
/// </summary>
/// <remarks>Built from Tomlyn's syntax tree, which needs no reflection (Native AOT).</remarks>
internal static class TomlDocument
{
    /// <summary>Parses a document.</summary>
    /// <param name="text">The TOML text.</param>
    /// <param name="root">The root table, when the document is valid.</param>
    /// <param name="error">The first error and its 1-based position, when it is not.</param>
    /// <returns><see langword="true"/> when the document is valid TOML.</returns>
    public static bool TryParse(string text, out Dictionary<string, object?> root, out TomlError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        root = new Dictionary<string, object?>(StringComparer.Ordinal);
        error = null;
        DocumentSyntax document;
        try
        {
            document = SyntaxParser.Parse(text, "config.toml");
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            error = new TomlError(1, 1, exception.Message);
            return false;
        }

        if (TomlSyntax.FirstError(document) is { } diagnostic)
        {
            error = new TomlError(diagnostic.Span.Start.Line + 1, diagnostic.Span.Start.Column + 1, diagnostic.Message);
            return false;
        }

        foreach (var keyValue in document.KeyValues)
        {
            AddKeyValue(root, keyValue);
        }

        foreach (var table in document.Tables)
        {
            if (table.Name is null)
            {
                continue;
            }

            var parts = KeyNames(table.Name);
            if (parts.Count == 0)
            {
                continue;
            }

            var parent = ParentTable(root, parts);
            Dictionary<string, object?> target;
            if (table is TableArraySyntax)
            {
                if (parent.GetValueOrDefault(parts[^1]) is not List<object?> array)
                {
                    array = [];
                    parent[parts[^1]] = array;
                }

                target = new Dictionary<string, object?>(StringComparer.Ordinal);
                array.Add(target);
            }
            else
            {
                target = GetOrAddTable(parent, parts[^1]);
            }

            foreach (var keyValue in table.Items)
            {
                AddKeyValue(target, keyValue);
            }
        }

        return true;
    }

    /// <summary>Follows a path of keys through nested tables.</summary>
    /// <param name="table">The starting table.</param>
    /// <param name="keys">The keys.</param>
    /// <returns>The value, or <see langword="null"/> when a key is missing or a step is not a table.</returns>
    public static object? Get(Dictionary<string, object?> table, params ReadOnlySpan<string> keys)
    {
        object? current = table;
        foreach (var key in keys)
        {
            if (current is not Dictionary<string, object?> dictionary || !dictionary.TryGetValue(key, out current))
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>Formats a scalar as Python's <c>str()</c> does, for <c>[tool.pytest.ini_options]</c> values.</summary>
    /// <param name="value">A scalar from <see cref="TryParse"/>.</param>
    /// <returns>The text, or <see langword="null"/> for arrays and tables.</returns>
    public static string? ToPythonString(object? value) => value switch
    {
        string text => text,
        bool boolean => boolean ? "True" : "False",
        long integer => integer.ToString(CultureInfo.InvariantCulture),
        double number => FormatFloat(number),
        DateTimeText dateTime => dateTime.Text,
        _ => null,
    };

    /// <summary>Describes a value by the name of its Python type, for messages.</summary>
    /// <param name="value">A value from <see cref="TryParse"/>.</param>
    /// <returns><c>str</c>, <c>int</c>, <c>float</c>, <c>bool</c>, <c>datetime</c>, <c>list</c> or <c>dict</c>.</returns>
    public static string PythonTypeName(object? value) => value switch
    {
        string => "str",
        bool => "bool",
        long => "int",
        double => "float",
        DateTimeText => "datetime",
        List<object?> => "list",
        Dictionary<string, object?> => "dict",
        _ => "None",
    };

    private static void AddKeyValue(Dictionary<string, object?> table, KeyValueSyntax keyValue)
    {
        if (keyValue.Key is null)
        {
            return;
        }

        var parts = KeyNames(keyValue.Key);
        if (parts.Count == 0)
        {
            return;
        }

        ParentTable(table, parts)[parts[^1]] = Convert(keyValue.Value);
    }

    private static object? Convert(ValueSyntax? value)
    {
        switch (value)
        {
            case StringValueSyntax text:
                return text.Value ?? "";
            case IntegerValueSyntax integer:
                return integer.Value;
            case FloatValueSyntax number:
                return number.Value;
            case BooleanValueSyntax boolean:
                return boolean.Value;
            case DateTimeValueSyntax dateTime:
                return new DateTimeText(dateTime.ToString()?.Trim() ?? "");
            case ArraySyntax array:
                var items = new List<object?>();
                foreach (var item in array.Items)
                {
                    items.Add(Convert(item.Value));
                }

                return items;
            case InlineTableSyntax inline:
                var table = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var item in inline.Items)
                {
                    if (item.KeyValue is not null)
                    {
                        AddKeyValue(table, item.KeyValue);
                    }
                }

                return table;
            default:
                return null;
        }
    }

    /// <summary>Walks (creating as needed) the tables named by all but the last part of a dotted key.</summary>
    private static Dictionary<string, object?> ParentTable(Dictionary<string, object?> table, List<string> parts)
    {
        for (var i = 0; i < parts.Count - 1; i++)
        {
            table = GetOrAddTable(table, parts[i]);
        }

        return table;
    }

    private static Dictionary<string, object?> GetOrAddTable(Dictionary<string, object?> parent, string name)
    {
        switch (parent.GetValueOrDefault(name))
        {
            case Dictionary<string, object?> existing:
                return existing;
            case List<object?> { Count: > 0 } array when array[^1] is Dictionary<string, object?> last:
                // A dotted header below an array of tables extends its last element, as in TOML.
                return last;
            default:
                var table = new Dictionary<string, object?>(StringComparer.Ordinal);
                parent[name] = table;
                return table;
        }
    }

    private static List<string> KeyNames(KeySyntax key) => [.. TomlSyntax.KeyParts(key).Select(TomlSyntax.Name)];

    private static string FormatFloat(double number)
    {
        if (double.IsNaN(number))
        {
            return "nan";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? "inf" : "-inf";
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <summary>A TOML date or time, kept as written.</summary>
    /// <param name="Text">The literal.</param>
    public sealed record DateTimeText(string Text);
}
