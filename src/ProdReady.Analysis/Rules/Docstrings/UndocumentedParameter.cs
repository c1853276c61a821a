using ProdReady.Analysis.Docstrings;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.Docstrings;

/// <summary><c>DOC002 undocumented-parameter</c>: a parameter is missing from the docstring's <c>Args:</c>.</summary>
public sealed class UndocumentedParameter : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "DOC002",
        Name: "undocumented-parameter",
        Category: ChecklistItem.Docstrings,
        DefaultSeverity: Severity.Error,
        Since: "0.2.0",
        Fix: FixAvailability.None,
        Docs: """"
            ## What it does
            Flags a parameter that the docstring's `Args:` section (NumPy: `Parameters`; Sphinx: `:param x:`)
            does not document, including when the docstring has no such section at all. Every parameter
            counts except a method's `self` or `cls`; `*args` and `**kwargs` may be documented as
            `*args`/`**kwargs` or `args`/`kwargs`, and entries of `Keyword Args:` and `Other Parameters:`
            count too. A function without parameters needs no `Args:`.

            Short docstrings are not exempt. The rule applies to public functions and methods, and to any
            function whose docstring has a parameter section. `__init__`'s parameters may be documented in
            the class docstring instead (Google convention).

            ## Why is this bad?
            A caller reads the docstring to learn what each argument means; a parameter it leaves out is a
            guess, and a docstring that documents some parameters but not others has drifted from the code.

            ## Example
            ```python
            def transfer(source, target, amount):
                """Move money between accounts.

                Args:
                    source: The account debited.
                    target: The account credited.
                """
            ```

            Use instead:
            ```python
            def transfer(source, target, amount):
                """Move money between accounts.

                Args:
                    source: The account debited.
                    target: The account credited.
                    amount: The sum moved, in cents.
                """
            ```
            """");

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => DocstringChecks.OnFunctions(registry, Check);

    private void Check(FunctionFacts function, DocstringFacts facts, RuleContext context)
    {
        if (function.ParameterCount == 0 || function.ArgsDocstring(facts) is not { } docstring
            || !DocstringChecks.Applies(function, docstring.Parsed, SectionKind.Args, SectionKind.KeywordArgs, SectionKind.OtherParameters))
        {
            return;
        }

        var documented = DocstringChecks.DocumentedParameters(docstring.Parsed);
        var where = ReferenceEquals(docstring, function.Own) ? "the docstring" : "the class docstring";
        var hasSection = docstring.Parsed.Has(SectionKind.Args) || docstring.Parsed.Has(SectionKind.KeywordArgs) || docstring.Parsed.Has(SectionKind.OtherParameters);
        foreach (var parameter in function.Parameters)
        {
            if (!documented.Contains(parameter.Name))
            {
                var detail = hasSection ? $"{where}'s Args section does not list it" : $"{where} has no Args section";
                context.Report(Info, parameter.Span, $"Parameter '{parameter.Name}' of '{function.Name}' is not documented: {detail}");
            }
        }
    }
}
