using ProdReady.Semantics.Configuration;
using Tomlyn.Syntax;

namespace ProdReady.Analysis.Configuration;

/// <summary>
/// A TOML document as nested tables whose entries keep the 1-based position of their key, built from
/// Tomlyn's lossless syntax tree (headers, dotted keys and inline tables merged), so every
/// configuration error can name its line and column.
/// </summary>
internal sealed class TomlTree
{
    private readonly List<TomlEntry> _entries = [];
    private readonly Dictionary<string, TomlEntry> _byKey = new(StringComparer.Ordinal);

    /// <summary>Gets the entries in source order.</summary>
    public IReadOnlyList<TomlEntry> Entries => _entries;

    /// <summary>Builds the tree of a parsed document that has no errors.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The root table.</returns>
    public static TomlTree FromDocument(DocumentSyntax document)
    {
        var root = new TomlTree();
        foreach (var keyValue in document.KeyValues)
        {
            root.AddKeyValue(keyValue);
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
                parent = parent.GetOrAddTable(parts[i]);
            }

            var (name, line, column) = parts[^1];
            if (table is TableArraySyntax)
            {
                parent.Add(new TomlEntry(name, line, column, table, null));
                continue;
            }

            var target = parent.GetOrAddTable(parts[^1]);
            foreach (var keyValue in table.Items)
            {
                target.AddKeyValue(keyValue);
            }
        }

        return root;
    }

    /// <summary>Finds an entry by key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public TomlEntry? Find(string key) => _byKey.GetValueOrDefault(key);

    private static List<(string Name, int Line, int Column)> KeyParts(KeySyntax key) =>
        [.. TomlSyntax.KeyParts(key).Select(part => (TomlSyntax.Name(part), part.Span.Start.Line + 1, part.Span.Start.Column + 1))];

    private void AddKeyValue(KeyValueSyntax keyValue)
    {
        if (keyValue.Key is null)
        {
            return;
        }

        var parts = KeyParts(keyValue.Key);
        var parent = this;
        for (var i = 0; i < parts.Count - 1; i++)
        {
            parent = parent.GetOrAddTable(parts[i]);
        }

        var (name, line, column) = parts[^1];
        if (keyValue.Value is InlineTableSyntax inline)
        {
            var table = parent.GetOrAddTable(parts[^1]);
            foreach (var item in inline.Items)
            {
                if (item.KeyValue is not null)
                {
                    table.AddKeyValue(item.KeyValue);
                }
            }

            return;
        }

        parent.Add(new TomlEntry(name, line, column, keyValue.Value, null));
    }

    private TomlTree GetOrAddTable((string Name, int Line, int Column) part)
    {
        if (_byKey.TryGetValue(part.Name, out var existing) && existing.Table is not null)
        {
            return existing.Table;
        }

        var table = new TomlTree();
        Add(new TomlEntry(part.Name, part.Line, part.Column, null, table));
        return table;
    }

    private void Add(TomlEntry entry)
    {
        // The parser rejects duplicate keys before a tree is built; a repeated key here keeps the first.
        if (_byKey.TryAdd(entry.Key, entry))
        {
            _entries.Add(entry);
        }
    }
}
