using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace ProdReady.Semantics.Environment;

/// <summary>
/// A TOML document as plain nested values, built from Tomlyn's syntax tree (no reflection): a table is a
/// <see cref="Dictionary{TKey, TValue}"/> of string to value, an array a <see cref="List{T}"/>, a string a
/// <see cref="string"/>; other scalars are kept as their syntax node, which the dependency readers ignore.
/// Headers, dotted keys and inline tables are merged; an array of tables is a list of tables.
/// </summary>
internal static class TomlDocument
{
    /// <summary>Parses TOML text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="root">The root table, when the text is valid TOML.</param>
    /// <param name="error">The first error as <c>line:column: message</c>, when it is not.</param>
    /// <returns>Whether the text is valid TOML.</returns>
    public static bool TryParse(string text, out Dictionary<string, object> root, out string? error)
    {
        root = new Dictionary<string, object>(StringComparer.Ordinal);
        error = null;
        var document = SyntaxParser.Parse(text, "pyproject.toml");
        foreach (var diagnostic in document.Diagnostics)
        {
            if (diagnostic.Kind == DiagnosticMessageKind.Error)
            {
                error = $"{diagnostic.Span.Start.Line + 1}:{diagnostic.Span.Start.Column + 1}: {diagnostic.Message}";
                return false;
            }
        }

        foreach (var keyValue in document.KeyValues)
        {
            Add(root, keyValue);
        }

        foreach (var table in document.Tables)
        {
            if (table.Name is null)
            {
                continue;
            }

            var parts = KeyParts(table.Name);
            var parent = root;
            for (var i = 0; i < parts.Count - 1; i++)
            {
                parent = Child(parent, parts[i]);
            }

            Dictionary<string, object> target;
            if (table is TableArraySyntax)
            {
                if (!parent.TryGetValue(parts[^1], out var existing) || existing is not List<object> list)
                {
                    list = [];
                    parent[parts[^1]] = list;
                }

                target = new Dictionary<string, object>(StringComparer.Ordinal);
                list.Add(target);
            }
            else
            {
                target = Child(parent, parts[^1]);
            }

            foreach (var keyValue in table.Items)
            {
                Add(target, keyValue);
            }
        }

        return true;
    }

    /// <summary>Follows a path of keys through nested tables.</summary>
    /// <param name="table">The starting table.</param>
    /// <param name="keys">The keys.</param>
    /// <returns>The value, or <see langword="null"/> when a key is missing or a step is not a table.</returns>
    public static object? Get(Dictionary<string, object> table, params ReadOnlySpan<string> keys)
    {
        object? current = table;
        foreach (var key in keys)
        {
            if (current is not Dictionary<string, object> dictionary || !dictionary.TryGetValue(key, out current))
            {
                return null;
            }
        }

        return current;
    }

    private static Dictionary<string, object> Child(Dictionary<string, object> parent, string key)
    {
        if (parent.TryGetValue(key, out var existing))
        {
            switch (existing)
            {
                case Dictionary<string, object> table:
                    return table;
                case List<object> { Count: > 0 } list when list[^1] is Dictionary<string, object> last:
                    return last; // [[a]] then [a.b]: b belongs to the last element of a.
            }
        }

        var created = new Dictionary<string, object>(StringComparer.Ordinal);
        parent[key] = created;
        return created;
    }

    private static void Add(Dictionary<string, object> table, KeyValueSyntax keyValue)
    {
        if (keyValue.Key is null || keyValue.Value is null)
        {
            return;
        }

        var parts = KeyParts(keyValue.Key);
        var parent = table;
        for (var i = 0; i < parts.Count - 1; i++)
        {
            parent = Child(parent, parts[i]);
        }

        parent[parts[^1]] = Convert(keyValue.Value);
    }

    private static object Convert(ValueSyntax value)
    {
        switch (value)
        {
            case StringValueSyntax text:
                return text.Value ?? "";
            case ArraySyntax array:
                var list = new List<object>();
                foreach (var item in array.Items)
                {
                    if (item.Value is not null)
                    {
                        list.Add(Convert(item.Value));
                    }
                }

                return list;
            case InlineTableSyntax inline:
                var table = new Dictionary<string, object>(StringComparer.Ordinal);
                foreach (var item in inline.Items)
                {
                    if (item.KeyValue is not null)
                    {
                        Add(table, item.KeyValue);
                    }
                }

                return table;
            default:
                return value;
        }
    }

    private static List<string> KeyParts(KeySyntax key)
    {
        var parts = new List<string>();
        if (key.Key is not null)
        {
            parts.Add(Name(key.Key));
        }

        foreach (var dotted in key.DotKeys)
        {
            if (dotted.Key is not null)
            {
                parts.Add(Name(dotted.Key));
            }
        }

        return parts;
    }

    private static string Name(BareKeyOrStringValueSyntax key) => key switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "",
        StringValueSyntax quoted => quoted.Value ?? "",
        _ => key.ToString() ?? "",
    };
}
