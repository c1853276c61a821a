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
            Static methods, methods without positional parameters, methods under a decorator from
            outside the standard library (a framework's decorator, such as pydantic's `@validator`,
            may pass the class or replace the method), functions the class body itself uses (calls
            them, decorates with them, passes them on: a helper or a decorator for the other methods;
            an alias such as `__radd__ = __add__` is another name for the same method and does not
            count, unless the class body uses the alias in turn or the alias is `__new__`,
            `__init_subclass__` or `__class_getitem__`, which Python does not pass an instance) and an
            enum's `_generate_next_value_` are not reported.

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

        // A decorator from outside the standard library may change what the first parameter receives, and a function
        // the class body itself calls (a helper, a decorator for the other methods) is not a method; nor is an enum's
        // `_generate_next_value_`, which the enum machinery calls without an instance.
        if (!AllWellKnown(parts.Decorators, model) || IsUsedInClassBody(function, owner, model)
            || (parts.Name == "_generate_next_value_" && model.ClassOf(owner).Is(ClassKind.Enum)))
        {
            return;
        }

        var isClassMethod = IsImplicitClassMethod(parts.Name) || FunctionFacts.HasDecorator(parts.Decorators, model, "builtins.classmethod");
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

        Report(context, first, expected, parts.Name);
    }

    private void Report(RuleContext context, Arg first, string expected, string method) =>
        context.Report(Info, FunctionFacts.NameSpan(first), $"Expected '{expected}' as the first parameter of method '{method}', found '{first.Name}' (PEP 8)");

    /// <summary>
    /// Tells whether the class body uses the function other than as a method: only reads in the class body (its
    /// statements, decorators, defaults and annotations) resolve to the class's own bindings, and a read resolves to a
    /// binding of its own name, so the bindings of that name in the class scope say whether there is any read. Only then
    /// is the class body searched for one that is not an alias (<c>__radd__ = __add__</c> names the same method again,
    /// whose first parameter still receives the instance).
    /// </summary>
    private static bool IsUsedInClassBody(StmtNode function, ClassDef owner, SemanticModel model)
    {
        if (FunctionFacts.Parts(function) is not { } parts || model.ScopeOf(owner) is not { } scope)
        {
            return false;
        }

        return IsRead(scope, parts.Name) && HasNonAliasRead(owner, parts.Name, scope, model);
    }

    private static bool HasNonAliasRead(ClassDef owner, string name, Scope scope, SemanticModel model)
    {
        foreach (var node in SyntaxSearch.InBlock(owner.Body, enterScopes: true))
        {
            if (node is Name read && read.Id == name && ReferenceEquals(model.ReferenceOf(read)?.Binding?.Scope, scope) && !IsPlainAlias(read, owner, scope))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tells whether a read is the whole value of a class-body assignment that only names the same method again
    /// (<c>__radd__ = __add__</c>): every target a plain name that the class body does not read in turn (an alias used
    /// as a decorator or passed on is a helper's), and none a name under which Python passes something other than the
    /// instance (<c>__new__</c> becomes a static method, <c>__init_subclass__</c> and <c>__class_getitem__</c> class
    /// methods; an enum calls <c>_generate_next_value_</c> without one).
    /// </summary>
    private static bool IsPlainAlias(Name read, ClassDef owner, Scope scope)
    {
        foreach (var statement in owner.Body)
        {
            if (statement is Assign assign && ReferenceEquals(assign.Value, read))
            {
                foreach (var target in assign.Targets)
                {
                    if (target is not Name { Id: var alias }
                        || IsImplicitClassMethod(alias) || alias == "_generate_next_value_"
                        || IsRead(scope, alias))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>The special methods Python makes class methods of (<c>__new__</c>, a static method, receives the class too).</summary>
    private static bool IsImplicitClassMethod(string name) => name is "__new__" or "__init_subclass__" or "__class_getitem__";

    private static bool IsRead(Scope scope, string name)
    {
        foreach (var binding in scope.BindingsOf(name))
        {
            if (binding.IsUsed)
            {
                return true;
            }
        }

        return false;
    }

    // A loop rather than a lambda: every method of a file is asked, and a lambda capturing the model allocates a closure
    // on entry to the method that declares the model.
    private static bool AllWellKnown(System.Collections.Immutable.ImmutableArray<ExprNode> decorators, SemanticModel model)
    {
        foreach (var decorator in decorators)
        {
            if (!IsWellKnown(decorator, model))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tells whether a decorator is one of the standard library's, which never changes what the first parameter receives, or a property's accessor.</summary>
    private static bool IsWellKnown(ExprNode decorator, SemanticModel model)
    {
        var callee = decorator is Call call ? call.Func : decorator;
        if (callee is Python.Syntax.Attribute { Attr: "setter" or "getter" or "deleter" })
        {
            return true;
        }

        var qualified = model.QualifiedNameOf(callee);
        return qualified is not null && (qualified.StartsWith("builtins.", StringComparison.Ordinal) || qualified.StartsWith("abc.", StringComparison.Ordinal)
            || qualified.StartsWith("functools.", StringComparison.Ordinal) || qualified.StartsWith("typing.", StringComparison.Ordinal)
            || qualified.StartsWith("typing_extensions.", StringComparison.Ordinal) || qualified.StartsWith("contextlib.", StringComparison.Ordinal));
    }

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

        // A loop rather than a lambda: every method is asked, and a lambda capturing the class allocates a closure each time.
        foreach (var local in type.LocalBases)
        {
            if (!ReferenceEquals(local, type.Node) && IsMetaclass(model.ClassOf(local), model, depth + 1))
            {
                return true;
            }
        }

        return false;
    }
}
