using System.Collections.Immutable;

namespace ProdReady.Semantics.Model;

/// <summary>
/// Resolves every reference of a finished model by Python's rules: a function's names are local when it binds them
/// anywhere (and certainly unbound when read before any path could bind them), enclosing function scopes are closures,
/// class bodies are invisible from the functions and comprehensions inside them, module-level and class-level code
/// sees only what is bound before it runs, deferred code (function bodies, annotations under PEP 563, lazily
/// evaluated PEP 695 values) sees every binding of the scopes around it, and the builtins of the target version and
/// the implicit module globals come last.
/// </summary>
internal static class NameResolver
{
    /// <summary>Resolves every reference of <paramref name="model"/> and records each on its binding.</summary>
    /// <param name="model">The model, with every scope and binding in place.</param>
    public static void Resolve(SemanticModel model)
    {
        foreach (var scope in model.Scopes)
        {
            scope.SortByEffect();
        }

        foreach (var reference in model.References)
        {
            ResolveOne(model, reference);
            reference.Binding?.CountReference();
        }
    }

    private static void ResolveOne(SemanticModel model, Reference reference)
    {
        var name = reference.Name;
        var offset = reference.EvaluatedAt;
        var anyBinding = reference.Has(ReferenceFlags.Deferred);
        var region = reference.Loop ?? ComprehensionRegion(reference.Scope);
        if (name == "__class__" && IsInMethod(reference.Scope))
        {
            reference.Resolution = ResolutionKind.Implicit;
            return;
        }

        Scope? previous = null;
        for (var scope = reference.Scope; scope is not null; previous = scope, scope = scope.Parent)
        {
            var own = ReferenceEquals(scope, reference.Scope);
            switch (scope.Kind)
            {
                case ScopeKind.Function or ScopeKind.Lambda:
                    if (scope.IsDeclaredGlobal(name))
                    {
                        ResolveInModule(model, reference, anyBinding: true, region);
                        return;
                    }

                    if (!scope.IsDeclaredNonlocal(name) && HasLocalBinding(scope, name))
                    {
                        if (own)
                        {
                            ResolveFunctionLocal(model, reference, scope);
                        }
                        else if (!anyBinding)
                        {
                            // Only class bodies and comprehensions lie between: they run where they are defined.
                            ResolveEagerEnclosing(model, reference, scope, previous!, region);
                        }
                        else
                        {
                            Set(reference, ResolutionKind.Enclosing, scope.Lookup(name));
                        }

                        return;
                    }

                    anyBinding = true;
                    break;
                case ScopeKind.Comprehension or ScopeKind.TypeParameters:
                    if (scope.Lookup(name) is { } local)
                    {
                        Set(reference, own ? ResolutionKind.Local : ResolutionKind.Enclosing, local);
                        return;
                    }

                    break;
                case ScopeKind.TypeAlias:
                    anyBinding = true;
                    break;
                case ScopeKind.Class:
                    // A class body is visible to its own statements and to the annotation scopes (PEP 695) right beneath it;
                    // not to the functions, lambdas and comprehensions nested in it.
                    if (own || previous?.Kind is ScopeKind.TypeParameters or ScopeKind.TypeAlias)
                    {
                        if (LookupInOrder(model, scope, name, offset, anyBinding, region) is { } found)
                        {
                            Set(reference, own ? ResolutionKind.Local : ResolutionKind.Enclosing, found);
                            return;
                        }

                        if (own && name is "__module__" or "__qualname__")
                        {
                            reference.Resolution = ResolutionKind.Implicit;
                            return;
                        }
                    }

                    break;
                case ScopeKind.Module:
                    ResolveInModule(model, reference, anyBinding, region);
                    return;
            }
        }

        reference.Resolution = ResolutionKind.Undefined;
    }

    private static void ResolveInModule(SemanticModel model, Reference reference, bool anyBinding, Core.Text.TextSpan? region)
    {
        var module = model.ModuleScope;
        if (LookupInOrder(model, module, reference.Name, reference.EvaluatedAt, anyBinding, region) is { } found)
        {
            Set(reference, ReferenceEquals(reference.Scope, module) ? ResolutionKind.Local : ResolutionKind.Global, found);
            return;
        }

        if (model.DeclaredGlobals.Contains(reference.Name))
        {
            // A function declares it `global` and may bind it when called (or code run elsewhere binds it), as pyflakes reads it.
            Set(reference, ReferenceEquals(reference.Scope, module) ? ResolutionKind.Local : ResolutionKind.Global, null);
        }
        else if (model.Options.IsBuiltin(reference.Name))
        {
            reference.Resolution = ResolutionKind.Builtin;
        }
        else if (model.Options.IsModuleGlobal(reference.Name, model.Options.IsPackage))
        {
            reference.Resolution = ResolutionKind.Implicit;
        }
        else if (HasStarImportAround(reference.Scope) || model.HasDynamicGlobals)
        {
            reference.Resolution = ResolutionKind.Dynamic;
        }
        else
        {
            reference.Resolution = ResolutionKind.Undefined;
        }
    }

    /// <summary>Resolves a read of a function's own local variable, telling a certainly unbound read apart.</summary>
    private static void ResolveFunctionLocal(SemanticModel model, Reference reference, Scope scope)
    {
        var bindings = scope.BindingsOf(reference.Name);
        var current = Replay(model, bindings, reference.EvaluatedAt, out var first);
        if (current is not null)
        {
            Set(reference, ResolutionKind.Local, current);
            return;
        }

        if (reference.Loop is { } loop && FirstInside(bindings, loop) is { } inLoop)
        {
            Set(reference, ResolutionKind.Local, inLoop);
            return;
        }

        if (reference.Has(ReferenceFlags.Annotation) || reference.Has(ReferenceFlags.NameErrorGuarded)
            || bindings.Any(b => b.Has(BindingFlags.FromInnerScope) && b.BindsValue))
        {
            // Annotations of local variables are never evaluated; a guarded read is expected to fail; a nested
            // function that declares the name nonlocal may have bound it before this read.
            Set(reference, ResolutionKind.Local, first ?? scope.Lookup(reference.Name));
            return;
        }

        reference.Resolution = ResolutionKind.Unbound;
        reference.Binding = first;
    }

    /// <summary>
    /// Resolves a read, in a class body or comprehension, of a variable of the function that defines it: the body runs
    /// where it is defined, so a variable the function binds only later is certainly unbound there (CPython raises
    /// <c>NameError</c>: "cannot access free variable").
    /// </summary>
    private static void ResolveEagerEnclosing(SemanticModel model, Reference reference, Scope function, Scope definition, Core.Text.TextSpan? region)
    {
        var bindings = function.BindingsOf(reference.Name);
        var current = Replay(model, bindings, reference.EvaluatedAt, out var first);
        if (current is null && (region ?? definition.DefinitionLoop) is { } loop)
        {
            current = FirstInside(bindings, loop);
        }

        if (current is null && definition.DefinitionLoop is { } definitionLoop)
        {
            current = FirstInside(bindings, definitionLoop);
        }

        if (current is not null || reference.Has(ReferenceFlags.Annotation) || reference.Has(ReferenceFlags.NameErrorGuarded)
            || bindings.Any(b => b.Has(BindingFlags.FromInnerScope) && b.BindsValue))
        {
            Set(reference, ResolutionKind.Enclosing, current ?? first ?? function.Lookup(reference.Name));
            return;
        }

        reference.Resolution = ResolutionKind.Unbound;
        reference.Binding = first;
    }

    /// <summary>
    /// Finds the binding of an eagerly executed scope (module, class) that is current at <paramref name="offset"/>:
    /// the last one before it that no later unconditional <c>del</c> or handler end removed. With
    /// <paramref name="anyBinding"/> (deferred code), the last value binding anywhere.
    /// </summary>
    private static Binding? LookupInOrder(SemanticModel model, Scope scope, string name, int offset, bool anyBinding, Core.Text.TextSpan? loop)
    {
        var bindings = scope.BindingsOf(name);
        if (bindings.Length == 0)
        {
            return null;
        }

        if (anyBinding)
        {
            return scope.Lookup(name);
        }

        var current = Replay(model, bindings, offset, out _);
        if (current is not null)
        {
            return current;
        }

        foreach (var binding in bindings)
        {
            if (binding.Has(BindingFlags.FromInnerScope) && binding.BindsValue)
            {
                return binding;
            }
        }

        return loop is { } span ? FirstInside(bindings, span) : null;
    }

    /// <summary>Replays the bindings effective before <paramref name="offset"/> in straight-line order.</summary>
    private static Binding? Replay(SemanticModel model, ImmutableArray<Binding> bindings, int offset, out Binding? firstValue)
    {
        firstValue = null;
        Binding? current = null;
        Dictionary<Binding, Binding?>? beforeHandler = null;
        foreach (var binding in bindings)
        {
            if (binding.BindsValue && !binding.Has(BindingFlags.FromInnerScope))
            {
                firstValue ??= binding;
            }

            if (binding.EffectiveOffset > offset)
            {
                if (firstValue is not null)
                {
                    break;
                }

                continue;
            }

            if (binding.Has(BindingFlags.FromInnerScope))
            {
                continue;
            }

            if (binding.Kind == BindingKind.Deletion)
            {
                if (model.HandlerEnds.TryGetValue(binding, out var handler))
                {
                    if (ReferenceEquals(current, handler))
                    {
                        current = beforeHandler is not null && beforeHandler.TryGetValue(handler, out var restored) ? restored : null;
                    }
                }
                else if (!binding.Has(BindingFlags.Conditional))
                {
                    current = null;
                }
            }
            else if (binding.BindsValue)
            {
                if (binding.Kind == BindingKind.ExceptionHandler)
                {
                    (beforeHandler ??= new(ReferenceEqualityComparer.Instance))[binding] = current;
                }

                current = binding;
            }
        }

        return current;
    }

    private static Binding? FirstInside(ImmutableArray<Binding> bindings, Core.Text.TextSpan span)
    {
        foreach (var binding in bindings)
        {
            if (binding.BindsValue && span.Start <= binding.Span.Start && binding.Span.Start < span.End)
            {
                return binding;
            }
        }

        return null;
    }

    /// <summary>
    /// Returns the span of the outermost comprehension around a scope: a walrus inside it binds in the enclosing scope,
    /// and its value is read by the comprehension's parts in evaluation order, not source order.
    /// </summary>
    private static Core.Text.TextSpan? ComprehensionRegion(Scope scope)
    {
        Core.Text.TextSpan? region = null;
        for (Scope? current = scope; current is { Kind: ScopeKind.Comprehension }; current = current.Parent)
        {
            region = current.Node.Span;
        }

        return region;
    }

    private static bool HasLocalBinding(Scope scope, string name)
    {
        foreach (var binding in scope.BindingsOf(name))
        {
            if (binding.Kind is not (BindingKind.Global or BindingKind.Nonlocal) && !binding.Has(BindingFlags.FromInnerScope))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasStarImportAround(Scope? scope)
    {
        for (; scope is not null; scope = scope.Parent)
        {
            if (scope.HasStarImport)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInMethod(Scope scope)
    {
        for (Scope? current = scope; current is not null; current = current.Parent)
        {
            if (current.Kind == ScopeKind.Function && current.Parent is { } parent
                && (parent.Kind == ScopeKind.Class || (parent.Kind == ScopeKind.TypeParameters && parent.Parent?.Kind == ScopeKind.Class)))
            {
                return true;
            }
        }

        return false;
    }

    private static void Set(Reference reference, ResolutionKind kind, Binding? binding)
    {
        reference.Resolution = kind;
        reference.Binding = binding;
    }
}
