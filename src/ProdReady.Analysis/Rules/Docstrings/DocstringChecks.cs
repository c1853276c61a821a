using ProdReady.Analysis.Docstrings;
using ProdReady.Analysis.Engine;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.Docstrings;

/// <summary>Registration and small questions the function-level docstring rules share.</summary>
internal static class DocstringChecks
{
    /// <summary>Subscribes a check to every function and method that is not an <c>@overload</c> signature.</summary>
    /// <param name="registry">The rule's registration.</param>
    /// <param name="check">The check.</param>
    public static void OnFunctions(RuleRegistration registry, Action<FunctionFacts, DocstringFacts, RuleContext> check)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<FunctionDef>((function, context) => Run(function, context, check));
        registry.OnNode<AsyncFunctionDef>((function, context) => Run(function, context, check));
    }

    /// <summary>Returns the bare names (no stars) a docstring documents as parameters, in every parameter section.</summary>
    /// <param name="docstring">The docstring.</param>
    /// <returns>The names.</returns>
    public static HashSet<string> DocumentedParameters(Docstring docstring)
    {
        // The entries of the three sections in the order Args, Keyword Args, Other Parameters, as the set was filled before.
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in (ReadOnlySpan<SectionKind>)[SectionKind.Args, SectionKind.KeywordArgs, SectionKind.OtherParameters])
        {
            foreach (var section in docstring.Sections)
            {
                if (section.Kind != kind)
                {
                    continue;
                }

                foreach (var entry in section.Entries)
                {
                    names.Add(entry.BareName);
                }
            }
        }

        return names;
    }

    /// <summary>Tells whether the "missing" rules apply: the function is public, or its docstring has the section they ask for.</summary>
    /// <param name="function">The function.</param>
    /// <param name="docstring">The docstring checked.</param>
    /// <param name="kinds">The sections whose presence makes a private function's docstring subject to the rule.</param>
    /// <returns><see langword="true"/> when the rule applies.</returns>
    public static bool Applies(FunctionFacts function, Docstring docstring, params ReadOnlySpan<SectionKind> kinds)
    {
        if (function.IsPublic)
        {
            return true;
        }

        foreach (var kind in kinds)
        {
            if (docstring.Has(kind))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the last part of a documented exception's name (<c>Error</c> for <c>pkg.errors.Error</c>).</summary>
    /// <param name="name">The name as documented.</param>
    /// <returns>The last part.</returns>
    public static string LastPart(string name) => name[(name.LastIndexOf('.') + 1)..];

    private static void Run(StmtNode node, RuleContext context, Action<FunctionFacts, DocstringFacts, RuleContext> check)
    {
        if (DocstringFacts.For(context) is not { } facts)
        {
            return;
        }

        var function = facts.Function(node);
        if (!function.IsOverload)
        {
            check(function, facts, context);
        }
    }
}
