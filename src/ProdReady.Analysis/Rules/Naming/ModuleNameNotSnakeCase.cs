using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Rules.Naming;

/// <summary><c>NAM008 module-name-not-snake-case</c>: a module or package name is not lowercase with underscores.</summary>
public sealed class ModuleNameNotSnakeCase : Rule
{
    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "NAM008",
        Name: "module-name-not-snake-case",
        Category: ChecklistItem.Naming,
        DefaultSeverity: Severity.Warning,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags a module whose file name, or a package whose folder name (reported on its
            `__init__.py`), is not a lowercase identifier: only lower-case letters, digits and
            underscores, not starting with a digit (pep8-naming's N999). `__init__` and `__main__`
            are names Python gives and are not reported.

            Test code is held to the same standard.

            ## Why is this bad?
            PEP 8 asks for short, all-lowercase module names. A file name with a hyphen or a dot
            cannot be imported at all, and a mixed-case one imports differently on case-insensitive
            file systems.

            ## Example
            ```text
            mypackage/HttpUtils.py
            mypackage/date-parsing.py
            ```

            Use instead:
            ```text
            mypackage/http_utils.py
            mypackage/date_parsing.py
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnFile(Check);
    }

    private void Check(RuleContext context)
    {
        var parts = context.Path.Split('/');
        var file = parts[^1];
        var dot = file.LastIndexOf('.');
        var stem = dot > 0 ? file[..dot] : file;
        if (stem == "__main__")
        {
            return;
        }

        var (name, what) = stem == "__init__" ? (parts.Length > 1 ? parts[^2] : string.Empty, "Package") : (stem, "Module");
        if (name.Length > 0 && !IsModuleName(name))
        {
            context.ReportFile(Info, $"{what} name '{name}' is not a lowercase identifier: use lower-case letters, digits and underscores (PEP 8)");
        }
    }

    private static bool IsModuleName(string name)
    {
        if (char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_' || (c > 127 && char.IsLetter(c) && !char.IsUpper(c))))
            {
                return false;
            }
        }

        return true;
    }
}
