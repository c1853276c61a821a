using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.TypeHints;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.Naming;

/// <summary><c>NAM004 first-parameter-misnamed</c>: a method's first parameter is not <c>self</c>, or a class method's not <c>cls</c>.</summary>
public sealed class FirstParameterMisnamed : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "NAM004",
        Name: "first-parameter-misnamed",
        Category: ChecklistItem.Naming,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a method whose first parameter is not named by PEP 8's convention
            (pep8-naming's N804 and N805): `self` for an instance method, `cls` for a class method
            (`@classmethod`, and the implicit ones: `__new__`, `__init_subclass__`,
            `__class_getitem__`). In a metaclass (a class deriving from `type`, `abc.ABCMeta` or
            `enum.EnumMeta`), `cls`, `mcs`, `mcls` and `metacls` are accepted for every method.
            Static methods, methods without positional parameters, and methods with a decorator the
            model cannot resolve (a framework's decorator may pass the class) whose first parameter
            is `cls` are not reported.

            Test code is held to the same standard.

            ## Why is this bad?
            `self` and `cls` are how every Python reader recognises the receiver of a method; a
            method whose first parameter is named like a regular argument reads as if it took one
            argument more than callers pass, and a class method named with `self` reads as if it
            could touch instance state.

            ## Example
            ```python
            class Point:
                def scaled(this, factor: float) -> "Point":
                    ...

                @classmethod
                def origin(self) -> "Point":
                    ...
            ```

            Use instead:
            ```python
            class Point:
                def scaled(self, factor: float) -> "Point":
                    ...

                @classmethod
                def origin(cls) -> "Point":
                    ...
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<FunctionDef>(Check);
        registry.OnNode<AsyncFunctionDef>(Check);
    }

    private void Check(StmtNode function, RuleContext context)
    {
        if (FunctionFacts.Parts(function) is not { } parts || context.Semantic is not { } model
            || FunctionFacts.OwnerClass(function, model) is not { } owner
            || FunctionFacts.FirstPositional(parts.Args) is not { } first
            || FunctionFacts.HasDecorator(parts.Decorators, model, "builtins.staticmethod"))
        {
            return;
        }

        var isClassMethod = parts.Name is "__new__" or "__init_subclass__" or "__class_getitem__"
            || FunctionFacts.HasDecorator(parts.Decorators, model, "builtins.classmethod");
        if (IsMetaclass(model.ClassOf(owner), model, 0))
        {
            if (first.Name is not ("cls" or "mcs" or "mcls" or "metacls") && !(first.Name == "self" && !isClassMethod))
            {
                Report(context, first, "cls", parts.Name);
            }

            return;
        }

        var expected = isClassMethod ? "cls" : "self";
        if (first.Name == expected)
        {
            return;
        }

        if (first.Name is "cls" or "self" && parts.Decorators.Any(d => model.QualifiedNameOf(d is Call call ? call.Func : d) is null))
        {
            return;
        }

        Report(context, first, expected, parts.Name);
    }

    private void Report(RuleContext context, Arg first, string expected, string method) =>
        context.Report(Info, first.Span, $"Expected '{expected}' as the first parameter of method '{method}', found '{first.Name}' (PEP 8)");

    private static bool IsMetaclass(ClassModel type, SemanticModel model, int depth)
    {
        if (depth > 16)
        {
            return false;
        }

        foreach (var baseName in type.BaseNames)
        {
            if (baseName is "builtins.type" or "abc.ABCMeta" or "enum.EnumMeta" or "enum.EnumType")
            {
                return true;
            }
        }

        return type.LocalBases.Any(local => !ReferenceEquals(local, type.Node) && IsMetaclass(model.ClassOf(local), model, depth + 1));
    }
}
