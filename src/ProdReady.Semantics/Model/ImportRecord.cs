using ProdReady.Core.Text;
using ProdReady.Python.Syntax;

namespace ProdReady.Semantics.Model;

/// <summary>One name an <c>import</c> or <c>from ... import</c> statement imports, with the context it runs in.</summary>
public sealed class ImportRecord
{
    internal ImportRecord(StmtNode statement, Alias alias, string module, int level, string? name, Binding? binding, ImportContext context)
    {
        Statement = statement;
        Alias = alias;
        Module = module;
        Level = level;
        Name = name;
        Binding = binding;
        Context = context;
    }

    /// <summary>Gets the <c>Import</c> or <c>ImportFrom</c> statement.</summary>
    public StmtNode Statement { get; }

    /// <summary>Gets the <c>alias</c> node of the imported name.</summary>
    public Alias Alias { get; }

    /// <summary>Gets the span of the imported name (the alias).</summary>
    public TextSpan Span => Alias.Span;

    /// <summary>
    /// Gets the module as written: <c>a.b.c</c> for <c>import a.b.c</c>, <c>m</c> for <c>from m import x</c>, empty for
    /// <c>from . import x</c>.
    /// </summary>
    public string Module { get; }

    /// <summary>Gets the number of leading dots of a relative import; 0 for an absolute one.</summary>
    public int Level { get; }

    /// <summary>Gets the imported name of a <c>from</c> import (<c>*</c> for a star import); <see langword="null"/> for <c>import m</c>.</summary>
    public string? Name { get; }

    /// <summary>Gets the binding the import creates; <see langword="null"/> for a star import.</summary>
    public Binding? Binding { get; }

    /// <summary>Gets the context the import runs in.</summary>
    public ImportContext Context { get; }

    /// <summary>
    /// Gets the absolute module the statement names, relative imports resolved against the file's module name;
    /// <see langword="null"/> when a relative import cannot be resolved (the file's module is unknown, or it climbs above the top-level package).
    /// </summary>
    public string? AbsoluteModule { get; internal set; }

    /// <summary>Gets a value indicating whether the record is a <c>from</c> import.</summary>
    public bool IsFrom => Statement is ImportFrom;

    /// <summary>Tells whether the context has a flag.</summary>
    /// <param name="flag">The flag.</param>
    /// <returns><see langword="true"/> when every bit is set.</returns>
    public bool Has(ImportContext flag) => (Context & flag) == flag;

    /// <inheritdoc />
    public override string ToString() => Name is null ? $"import {Module}" : $"from {new string('.', Level)}{Module} import {Name}";
}
