using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.TypeHints;

/// <summary><c>TYP005 explicit-any-annotation</c>: an annotation uses <c>Any</c>.</summary>
public sealed class ExplicitAnyAnnotation : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "TYP005",
        Name: "explicit-any-annotation",
        Category: ChecklistItem.TypeHints,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags `typing.Any` (or `typing_extensions.Any`, under any import alias or assigned alias)
            anywhere in a parameter, return, variable or attribute annotation or a type alias, nested
            positions included (`dict[str, Any]`, string annotations). With `allow-star-arg-any = true`
            in the configuration, `*args: Any` and `**kwargs: Any` are accepted (an `Any` nested in
            their annotation is still reported).

            A warning, not an error: the standard forbids *implicit* `Any` (`TYP001`-`TYP004`); an
            explicit one is a visible decision, and this rule makes it reviewable.

            Not reported in test code, where doubles and fakes stand for values of any type.

            ## Why is this bad?
            `Any` switches the type checker off for everything that flows through it: a value typed
            `Any` can be passed anywhere and any attribute can be read from it.

            ## Example
            ```python
            def load(path: str) -> dict[str, Any]:
                ...
            ```

            Use instead:
            ```python
            def load(path: str) -> dict[str, "JSONValue"]:
                ...
            ```

            or `object` when the value is really opaque, which the type checker then makes the code
            narrow before use.
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<FunctionDef>((function, context) => CheckFunction(function.Name, function.Args, function.Returns, context));
        registry.OnNode<AsyncFunctionDef>((function, context) => CheckFunction(function.Name, function.Args, function.Returns, context));
        registry.OnNode<AnnAssign>(CheckVariable);
        registry.OnNode<TypeAlias>((alias, context) => Check(alias.Value, SyntaxFacts.DottedName(alias.Name) ?? "type alias", context, allowTopLevel: false));
    }

    private void CheckFunction(string name, Arguments arguments, ExprNode? returns, RuleContext context)
    {
        foreach (var (arg, prefix) in arguments.Parameters)
        {
            if (arg.Annotation is { } annotation)
            {
                Check(annotation, prefix + arg.Name, context, allowTopLevel: prefix.Length > 0 && context.Project.AllowStarArgAny);
            }
        }

        if (returns is not null)
        {
            Check(returns, name, context, allowTopLevel: false);
        }
    }

    private void CheckVariable(AnnAssign assignment, RuleContext context)
    {
        var name = SyntaxFacts.DottedName(assignment.Target) ?? "variable";
        Check(assignment.Annotation, name, context, allowTopLevel: false);
        if (assignment.Value is { } value && context.Semantic is { } model && model.MatchesTyping(assignment.Annotation, "TypeAlias"))
        {
            Check(value, name, context, allowTopLevel: false);
        }
    }

    private void Check(ExprNode annotation, string owner, RuleContext context, bool allowTopLevel)
    {
        if (context.Semantic is not { } model || context.IsTestCode)
        {
            return;
        }

        var first = true;
        AnnotationWalker.Walk(annotation, model, type =>
        {
            var top = first;
            first = false;
            if (type.Qualified is "typing.Any" or "typing_extensions.Any" && !(top && allowTopLevel))
            {
                context.Report(Info, type.Span, $"'{owner}' is annotated with Any, which switches type checking off for it: name the type, or use object");
            }
        });
    }
}
