using System.Globalization;
using System.Text;
using ProdReady.Core.Text;

namespace ProdReady.Semantics.Model;

/// <summary>
/// Prints what a model sees, for <c>prodready debug semantic</c> and for tests: each scope with its bindings, then every
/// reference and what it resolved to, then the imports and <c>__all__</c>. Positions are 1-based lines and columns.
/// </summary>
public static class SemanticDump
{
    /// <summary>Renders <paramref name="model"/> as text.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The text, lines ending in <c>\n</c>.</returns>
    public static string Render(SemanticModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = new StringBuilder();
        var lines = model.Source.Lines;
        WriteScope(text, model.ModuleScope, lines, 0);
        text.Append("references:\n");
        foreach (var reference in model.References.OrderBy(r => r.Span.Start).ThenBy(r => r.Id))
        {
            text.Append("  ").Append(Position(lines, reference.Span.Start)).Append(' ').Append(reference.Name).Append(" -> ")
                .Append(Describe(reference.Resolution));
            if (reference.Binding is { } binding)
            {
                text.Append(' ').Append(Kind(binding.Kind)).Append(" at ").Append(Position(lines, binding.Span.Start));
                if (binding.QualifiedName is { } qualified)
                {
                    text.Append(" (").Append(qualified).Append(')');
                }
            }

            var flags = reference.Flags;
            if (flags != ReferenceFlags.None)
            {
                text.Append(" [").Append(FlagText(flags.ToString())).Append(']');
            }

            text.Append('\n');
        }

        if (model.Imports.Count > 0)
        {
            text.Append("imports:\n");
            foreach (var record in model.Imports)
            {
                text.Append("  ").Append(Position(lines, record.Span.Start)).Append(' ').Append(record)
                    .Append(" -> ").Append(record.AbsoluteModule ?? "(unresolved)");
                if (record.Context != ImportContext.None)
                {
                    text.Append(" [").Append(FlagText(record.Context.ToString())).Append(']');
                }

                text.Append('\n');
            }
        }

        if (model.All is { } all)
        {
            text.Append("__all__: ").Append(string.Join(", ", all.Names.Select(n => n.Name)));
            if (all.IsIncomplete)
            {
                text.Append(" (incomplete)");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static void WriteScope(StringBuilder text, Scope scope, LineIndex lines, int depth)
    {
        var indent = new string(' ', depth * 2);
        text.Append(indent).Append("scope ").Append(Kind(scope.Kind)).Append(' ').Append(scope.Name);
        if (scope.Kind != ScopeKind.Module)
        {
            text.Append(" at ").Append(Position(lines, scope.Node.Span.Start));
        }

        if (scope.Globals.Count > 0)
        {
            text.Append(" global ").Append(string.Join(", ", scope.Globals.Order(StringComparer.Ordinal)));
        }

        if (scope.Nonlocals.Count > 0)
        {
            text.Append(" nonlocal ").Append(string.Join(", ", scope.Nonlocals.Order(StringComparer.Ordinal)));
        }

        text.Append('\n');
        foreach (var binding in scope.Bindings)
        {
            text.Append(indent).Append("  ").Append(Kind(binding.Kind)).Append(' ').Append(binding.Name)
                .Append(" at ").Append(Position(lines, binding.Span.Start));
            if (binding.QualifiedName is { } qualified)
            {
                text.Append(" = ").Append(qualified);
            }

            if (binding.Flags != BindingFlags.None)
            {
                text.Append(" [").Append(FlagText(binding.Flags.ToString())).Append(']');
            }

            text.Append(binding.IsUsed ? string.Empty : " (unused)").Append('\n');
        }

        foreach (var child in scope.Children)
        {
            WriteScope(text, child, lines, depth + 1);
        }
    }

    private static string Position(LineIndex lines, int offset)
    {
        var position = lines.GetCodePointPosition(offset);
        return string.Create(CultureInfo.InvariantCulture, $"{position.Line}:{position.Column + 1}");
    }

    private static string Describe(ResolutionKind kind) => kind switch
    {
        ResolutionKind.Local => "local",
        ResolutionKind.Enclosing => "enclosing",
        ResolutionKind.Global => "global",
        ResolutionKind.Builtin => "builtin",
        ResolutionKind.Implicit => "implicit",
        ResolutionKind.Dynamic => "dynamic (star import or dynamic globals)",
        ResolutionKind.Unbound => "UNBOUND",
        _ => "UNDEFINED",
    };

    private static string Kind<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static string FlagText(string flags) => flags.Replace(", ", ",", StringComparison.Ordinal);
}
