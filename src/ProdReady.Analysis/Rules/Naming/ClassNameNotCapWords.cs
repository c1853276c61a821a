using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.Naming;

/// <summary><c>NAM001 class-name-not-capwords</c>: a class name is not in CapWords.</summary>
public sealed class ClassNameNotCapWords : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "NAM001",
        Name: "class-name-not-capwords",
        Category: ChecklistItem.Naming,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a class whose name is not in CapWords: leading underscores aside, it must start with
            an upper-case letter and contain no underscore (pep8-naming's N801).

            Test code is held to the same standard.

            ## Why is this bad?
            PEP 8 names classes in CapWords so that a reader tells a class from a function or a
            variable at the call site: `Parser(text)` builds an object, `parse(text)` computes.

            ## Example
            ```python
            class http_client:
                ...
            ```

            Use instead:
            ```python
            class HttpClient:
                ...
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<ClassDef>(Check);
    }

    private void Check(ClassDef type, RuleContext context)
    {
        if (!NamingFacts.IsCapWords(type.Name))
        {
            context.Report(Info, TypeHints.FunctionFacts.NameSpan(context.Source, type, type.Name, type.DecoratorList),
                $"Class name '{type.Name}' is not in CapWords (PEP 8)");
        }
    }
}
