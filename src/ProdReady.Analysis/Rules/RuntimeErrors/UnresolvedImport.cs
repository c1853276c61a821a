using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Semantics.Environment;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.RuntimeErrors;

/// <summary><c>RUN005 unresolved-import</c>: an import reaches no project module, no standard-library module of the target version and no declared dependency.</summary>
public sealed class UnresolvedImport : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "RUN005",
        Name: "unresolved-import",
        Category: ChecklistItem.RuntimeErrors,
        DefaultSeverity: Severity.Error,
        Since: "0.2.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags an import that resolves to nothing. An imported module is searched, in order, in
            the project (its source roots, a `src` layout, namespace packages, and the folder of a test
            file as pytest puts it on `sys.path`), in the standard library of the target Python
            version (`target-version`, else the lowest `requires-python` allows), and among the
            declared dependencies: `[project]` dependencies and optional dependencies,
            `[dependency-groups]`, Poetry's tables, `requirements*.txt`, setup.cfg and tox's deps,
            mapped to import names (PyYAML provides `yaml`) by a committed table and by the
            metadata of a virtual environment (`.venv`, `VIRTUAL_ENV`) when one is present.

            Development dependencies (dependency groups, `test`/`dev` extras, requirements-dev
            files, tox's deps) count for test code only; under `if TYPE_CHECKING:` any declared
            dependency counts. Third-party imports are judged in the project's packages (folders
            with an `__init__.py`) and in test code; scripts, examples and documentation sources
            outside packages, and files of a nested project with its own `pyproject.toml`, are
            not, since the root's declarations do not describe them. Imports under
            `if TYPE_CHECKING:` never run and are not judged either, and neither is `typing_extensions`
            (or `_typeshed`) in a type test that only type checkers read: test code that pytest does not
            collect and that mypy's `files` or pyright's `include` names (`tests/typing/typing_options.py`),
            whose imports the checkers resolve from the stubs they ship. A name that a file or
            folder of the project carries, but that the layout cannot place on `sys.path` (a
            monorepo's `packages/*/src`), is taken as first-party. Imports inside a `try` whose handler catches `ImportError` are
            optional by design and are not flagged, nor are standard-library modules of another
            Python version imported under a `sys.version_info` test. A project that declares no
            dependencies anywhere gets a note instead of a finding for each third-party import.
            A relative import that climbs above the top-level package is flagged too.

            ## Why is this bad?
            The import raises `ModuleNotFoundError` wherever the package is installed from its
            metadata: in production, in a fresh virtual environment, in CI.

            ## Example
            ```python
            import yaml  # PyYAML is installed locally, but not declared
            ```

            Use instead:
            ```toml
            [project]
            dependencies = ["PyYAML>=6"]
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnModel(Check);
    }

    private void Check(SemanticModel model, RuleContext context)
    {
        if (context.IsStub)
        {
            return;
        }

        var project = context.Project;
        var version = project.TargetVersion;
        var reported = new HashSet<(StmtNode, string)>();
        foreach (var record in model.Imports)
        {
            if (record.Has(ImportContext.Guarded) || !reported.Add((record.Statement, record.AbsoluteModule ?? record.Module)))
            {
                continue;
            }

            if (record.AbsoluteModule is not { } module)
            {
                if (project.Layout is not null && project.Layout.GetModuleName(context.Path) is not null)
                {
                    context.Report(Info, record.Span, $"Relative import '{record}' climbs above the top-level package of '{context.Path}'");
                }

                continue;
            }

            if (module.Length == 0 || module == "__future__")
            {
                continue;
            }

            var message = Judge(module, record, context, version);
            if (message is not null)
            {
                context.Report(Info, record.Span, message);
            }
        }
    }

    /// <summary>Tells whether a project module above <paramref name="module"/> installs modules itself (<c>sys.modules[...] = ...</c>), as <c>os</c> installs <c>os.path</c>.</summary>
    private static bool ParentIsDynamic(string module, RuleContext context)
    {
        if (context.Project.Index is not { } index)
        {
            return false;
        }

        for (var dot = module.LastIndexOf('.'); dot > 0; dot = module.LastIndexOf('.', dot - 1))
        {
            if (index.IsDynamic(module[..dot]))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Judge(string module, ImportRecord record, RuleContext context, PythonVersion version)
    {
        var project = context.Project;
        var top = module.Split('.')[0];
        if (project.Layout is { } layout)
        {
            if (layout.Resolve(module, context.Path) is not null)
            {
                return null;
            }

            if (layout.Resolve(top, context.Path) is not null && !ParentIsDynamic(module, context))
            {
                // A first-party package: the submodule itself is missing (a from-import's name is RUN006's concern).
                return $"Module '{module}' is not part of the project: '{top}' is a project package, but no file or package provides '{module}'";
            }

            if (project.HasFileOrFolderNamed(top) || layout.IsProjectTopLevel(top))
            {
                // A first-party name the layout cannot place on sys.path (a monorepo's packages/*/src, a script's own
                // folder): the import may well work, and the model cannot tell.
                return null;
            }
        }
        else if (record.Level > 0)
        {
            return null;
        }

        if (StandardLibrary.IsTopLevelModule(top, version))
        {
            return null;
        }

        if (StandardLibrary.TryGetModuleVersions(top, out var first, out var last))
        {
            if (record.Has(ImportContext.VersionGuarded))
            {
                return null;
            }

            return first > version
                ? $"Module '{top}' is in the standard library only from Python {first}, and the project targets Python {version} (set requires-python or target-version, or guard the import with a sys.version_info test)"
                : $"Module '{top}' was removed from the standard library after Python {last}, and the project targets Python {version}: declare a replacement dependency or guard the import";
        }

        if (top is "typing_extensions" or "_typeshed" && project.IsTypeCheckedOnly(context.Path, context.IsTestCode))
        {
            // A type test that only the configured type checkers read: they resolve these from the standard-library
            // stubs they ship, and nothing runs the file.
            return null;
        }

        if (project.Dependencies is not { } dependencies || !dependencies.Dependencies.DeclaresAny
            || record.Has(ImportContext.TypeCheckingOnly) || !project.IsJudgedForDependencies(context.Path, context.IsTestCode))
        {
            // Nothing declared anywhere: the gate notes this once instead of flagging every third-party import.
            return null;
        }

        var verdict = dependencies.Classify(module);
        switch (verdict.Status)
        {
            case DependencyStatus.Runtime:
                return null;
            case DependencyStatus.Development when context.IsTestCode:
                return null;
            case DependencyStatus.Development:
                return $"Module '{top}' comes from '{verdict.Distribution}', which is declared only as a development dependency, but this is shipped code: move it to [project].dependencies";
            default:
                var sources = dependencies.Dependencies.Sources.Count == 0 ? "the project's metadata" : string.Join(", ", dependencies.Dependencies.Sources);
                var where = context.IsTestCode ? "a development dependency (a dependency group or a test extra)" : "[project].dependencies";
                var installed = verdict.Status == DependencyStatus.InstalledUndeclared ? " (it is installed in the virtual environment, but not declared)" : string.Empty;
                return $"Module '{top}' is not in the project, not in Python {version}'s standard library, and no declared dependency provides it{installed}: searched {sources}; declare '{verdict.Distribution}' in {where}";
        }
    }
}
