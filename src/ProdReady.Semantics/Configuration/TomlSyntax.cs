using Tomlyn.Syntax;

namespace ProdReady.Semantics.Configuration;

/// <summary>Questions every reader of Tomlyn's syntax tree asks: the first error, and the names a dotted key stands for.</summary>
public static class TomlSyntax
{
    /// <summary>Finds the first error Tomlyn reported for a document.</summary>
    /// <param name="document">The parsed document.</param>
    /// <returns>The error, or <see langword="null"/> when the document is valid TOML.</returns>
    public static DiagnosticMessage? FirstError(DocumentSyntax document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var diagnostic in document.Diagnostics)
        {
            if (diagnostic.Kind == DiagnosticMessageKind.Error)
            {
                return diagnostic;
            }
        }

        return null;
    }

    /// <summary>Lists the parts of a key in order (<c>a."b.c".d</c> has the parts <c>a</c>, <c>"b.c"</c> and <c>d</c>).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The parts.</returns>
    public static IEnumerable<BareKeyOrStringValueSyntax> KeyParts(KeySyntax key)
    {
        if (key.Key is not null)
        {
            yield return key.Key;
        }

        foreach (var dotted in key.DotKeys)
        {
            if (dotted.Key is not null)
            {
                yield return dotted.Key;
            }
        }
    }

    /// <summary>Gets the name a key part stands for: a bare key's text, a quoted key's value.</summary>
    /// <param name="part">The part.</param>
    /// <returns>The name.</returns>
    public static string Name(BareKeyOrStringValueSyntax part) => part switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "",
        StringValueSyntax quoted => quoted.Value ?? "",
        _ => part?.ToString() ?? "",
    };
}
