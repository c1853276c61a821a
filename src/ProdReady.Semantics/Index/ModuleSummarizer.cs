using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Semantics.Index;

/// <summary>Reduces a module's semantic model to the <see cref="ModuleSummary"/> other files need.</summary>
internal static class ModuleSummarizer
{
    /// <summary>Summarizes <paramref name="model"/>.</summary>
    /// <param name="model">The module's model.</param>
    /// <param name="path">The file's path relative to the project root.</param>
    /// <param name="hash">The content hash the summary is keyed by.</param>
    /// <param name="parsed">Whether the file parsed without error.</param>
    /// <param name="unitFacts">Whether to record what each function calls, for the test map (the costliest part of a summary).</param>
    /// <param name="exclusion">What leaves a line out of coverage (coverage.py's default comment when <see langword="null"/>).</param>
    /// <returns>The summary.</returns>
    public static ModuleSummary Summarize(SemanticModel model, string path, string hash, bool parsed, bool unitFacts = true, TestMapping.CoverageExclusion? exclusion = null)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var typing = new SortedSet<string>(StringComparer.Ordinal);
        var scope = model.ModuleScope;
        foreach (var name in scope.Names)
        {
            var bindings = scope.BindingsOf(name);
            if (bindings.Any(b => b.BindsValue && b.Kind != BindingKind.StarImport && !b.Has(BindingFlags.TypeCheckingOnly)))
            {
                names.Add(name);
            }
            else if (bindings.Any(b => b.BindsValue && b.Kind != BindingKind.StarImport))
            {
                typing.Add(name);
            }
        }

        var stars = model.Imports.Where(i => i.Name == "*" && !i.Has(ImportContext.InFunction)).Select(i => i.AbsoluteModule ?? string.Empty).ToList();
        var classes = new Dictionary<string, ClassSummary>(StringComparer.Ordinal);
        var asyncFunctions = new List<string>();
        foreach (var statement in model.Module.Body)
        {
            switch (statement)
            {
                case ClassDef type:
                    var facts = model.ClassOf(type);
                    classes[type.Name] = new ClassSummary
                    {
                        Bases = [.. facts.BaseNames.Select(b => b ?? string.Empty)],
                        Methods = [.. facts.Methods.Keys.Order(StringComparer.Ordinal)],
                        IsGeneric = facts.IsGeneric,
                        Parameters = facts.Methods.ToDictionary(m => m.Key, m => facts.PositionalParameters(m.Value).ToList(), StringComparer.Ordinal),
                        DocumentedMethods = [.. facts.Methods.Where(m => HasDocstring(m.Value)).Select(m => m.Key).Order(StringComparer.Ordinal)],
                    };
                    break;
                case AsyncFunctionDef function:
                    asyncFunctions.Add(function.Name);
                    break;
            }
        }

        var imported = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in scope.Names)
        {
            var bindings = scope.BindingsOf(name);
            if (bindings.Length > 0 && bindings[^1] is { IsImport: true, Kind: not BindingKind.StarImport, QualifiedName: { } target } && target != model.ModuleName + "." + name)
            {
                imported[name] = target;
            }
            else if (bindings.Length == 1 && bindings[0] is { Kind: BindingKind.Assignment, QualifiedName: { } alias } && alias != model.ModuleName + "." + name)
            {
                imported[name] = alias;
            }
        }

        var routes = new List<string>();
        var units = unitFacts ? TestMapping.FactsExtractor.Extract(model, routes, exclusion) : null;
        return new ModuleSummary
        {
            Units = units,
            Routes = routes.Count == 0 ? null : routes,
            Imported = imported.Count == 0 ? null : new Dictionary<string, string>(imported, StringComparer.Ordinal),
            Module = model.ModuleName,
            Path = path,
            Hash = hash,
            Names = [.. names],
            TypeCheckingNames = [.. typing],
            All = model.All is { } all ? [.. all.Names.Select(n => n.Name)] : null,
            StarImports = stars,
            HasGetattr = model.HasModuleGetattr,
            HasDynamicGlobals = model.HasDynamicGlobals,
            InstallsModules = model.InstallsModules,
            AsyncFunctions = asyncFunctions,
            Classes = classes,
            Parsed = parsed,
        };
    }

    private static bool HasDocstring(StmtNode method)
    {
        var body = method switch
        {
            FunctionDef function => function.Body,
            AsyncFunctionDef function => function.Body,
            _ => [],
        };
        return body.Length > 0 && body[0] is Expr { Value: Constant { Value: string } };
    }
}
