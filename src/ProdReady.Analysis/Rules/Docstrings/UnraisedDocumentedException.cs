using ProdReady.Analysis.Docstrings;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.Docstrings;

/// <summary><c>DOC010 unraised-documented-exception</c>: <c>Raises:</c> lists an exception the body does not raise.</summary>
public sealed class UnraisedDocumentedException : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "DOC010",
        Name: "unraised-documented-exception",
        Category: ChecklistItem.Docstrings,
        DefaultSeverity: Severity.Warning,
        Since: "0.2.0",
        Fix: FixAvailability.None,
        Docs: """"
            ## What it does
            Flags an exception listed in the docstring's `Raises:` section (NumPy: `Raises`; Sphinx:
            `:raises E:`) that the function's own body does not raise: no `raise` of that class or of a
            subclass of it escapes the body, and no bare `raise` re-raises it from a handler. Functions
            whose body raises something the model cannot resolve (an exception held in a variable) and stub
            bodies (only `pass`, `...` or `raise NotImplementedError`, documenting a contract for
            overriders) are not checked.

            A warning, not an error: a function may document an exception that a function it calls raises,
            which is legitimate when that is the contract.

            ## Why is this bad?
            Documentation of an exception that never comes makes callers write handlers for nothing, and
            often means the code that raised it was removed.

            ## Example
            ```python
            def parse_port(text):
                """Read a port number.

                Raises:
                    ValueError: If the text is not a number.
                    OverflowError: If the number is above 65535.
                """
                return int(text)
            ```

            Use instead:
            ```python
            def parse_port(text):
                """Read a port number.

                Raises:
                    ValueError: If the text is not a number or is above 65535.
                """
                port = int(text)
                if port > 65535:
                    raise ValueError(f"port {port} is out of range")
                return port
            ```
            """");

    /// <inheritdoc />
    public override void Register(RuleRegistration registry) => DocstringChecks.OnFunctions(registry, Check);

    private void Check(FunctionFacts function, DocstringFacts facts, RuleContext context)
    {
        if (function.Own is not { } docstring || function.IsStubBody || function.HasUnresolvedRaise || function.HasImplicitRaises
            || !docstring.Parsed.Has(SectionKind.Raises))
        {
            return;
        }

        foreach (var entry in docstring.Parsed.EntriesOf(SectionKind.Raises))
        {
            var name = DocstringChecks.LastPart(entry.Name);
            if (name.Length == 0 || IsRaised(function, name))
            {
                continue;
            }

            context.Report(Info, docstring.LineSpan(entry.Line), $"Raises lists {entry.Name}, but the body of '{function.Name}' does not raise it", docstring.SuppressionOffset);
        }
    }

    /// <summary>Tells whether the body raises or re-raises a class the documented name covers.</summary>
    private static bool IsRaised(FunctionFacts function, string name)
    {
        foreach (var (exception, _) in function.Raised)
        {
            if (exception.IsCoveredBy(name))
            {
                return true;
            }
        }

        foreach (var exception in function.Reraised)
        {
            if (exception.IsCoveredBy(name))
            {
                return true;
            }
        }

        return false;
    }
}
