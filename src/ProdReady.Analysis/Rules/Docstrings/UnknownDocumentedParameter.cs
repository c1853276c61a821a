using ProdReady.Analysis.Docstrings;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.Docstrings;

/// <summary><c>DOC003 unknown-documented-parameter</c>: <c>Args:</c> documents a parameter the signature does not have.</summary>
public sealed class UnknownDocumentedParameter : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "DOC003",
        Name: "unknown-documented-parameter",
        Category: ChecklistItem.Docstrings,
        DefaultSeverity: Severity.Error,
        Since: "0.2.0",
        Fix: FixAvailability.None,
        Docs: """"
            ## What it does
            Flags an entry of the docstring's `Args:` section (NumPy: `Parameters`; Sphinx: `:param x:`)
            that names no parameter of the signature: a renamed or removed parameter whose documentation
            stayed behind. Entries of `Keyword Args:` are not checked (they document the keys of
            `**kwargs`), nor are `Args:` entries of a function that takes `**kwargs`.

            ## Why is this bad?
            Documentation of a parameter that does not exist sends callers after an argument the function
            rejects with a `TypeError`, and hides that the real parameter is undocumented.

            ## Example
            ```python
            def resize(image, width):
                """Scale an image.

                Args:
                    image: The image.
                    size: The new width in pixels.
                """
            ```

            Use instead:
            ```python
            def resize(image, width):
                """Scale an image.

                Args:
                    image: The image.
                    width: The new width in pixels.
                """
            ```
            """");

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => DocstringChecks.OnFunctions(registry, Check);

    private void Check(FunctionFacts function, DocstringFacts facts, RuleContext context)
    {
        if (function.HasKwargs || function.ArgsDocstring(facts) is not { } docstring)
        {
            return;
        }

        var arguments = function.Arguments;
        foreach (var section in docstring.Parsed.Sections)
        {
            if (section.Kind != SectionKind.Args)
            {
                continue;
            }

            foreach (var entry in section.Entries)
            {
                var name = entry.BareName;
                if (name.Length > 0 && !IsParameter(arguments, name))
                {
                    context.Report(Info, docstring.LineSpan(entry.Line), $"Args documents '{entry.Name}', which is not a parameter of '{function.Name}'", docstring.SuppressionOffset);
                }
            }
        }
    }

    /// <summary>Tells whether a name is a parameter of the signature other than <c>**kwargs</c>; signatures are short, so a scan beats building a set.</summary>
    private static bool IsParameter(Python.Syntax.Arguments arguments, string name)
    {
        foreach (var list in (ReadOnlySpan<System.Collections.Immutable.ImmutableArray<Python.Syntax.Arg>>)[arguments.Posonlyargs, arguments.Args, arguments.Kwonlyargs])
        {
            foreach (var arg in list)
            {
                if (arg.Name == name)
                {
                    return true;
                }
            }
        }

        return arguments.Vararg?.Name == name;
    }
}
