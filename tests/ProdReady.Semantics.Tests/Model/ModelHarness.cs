using ProdReady.Core.Text;
using ProdReady.Python;
using ProdReady.Semantics.Model;

namespace ProdReady.Semantics.Tests.Model;

/// <summary>Builds models of snippets and finds their references by name.</summary>
internal static class ModelHarness
{
    private static readonly HashSet<string> s_builtins =
    [
        "print", "len", "range", "int", "str", "list", "dict", "set", "object", "super", "isinstance", "Exception",
        "ValueError", "NameError", "ImportError", "TypeError", "open", "type", "property", "staticmethod", "classmethod",
        "NotImplementedError", "KeyError", "sorted", "iter", "next", "bool", "float", "tuple", "ExceptionGroup",
    ];

    public static SemanticModel Build(string source, string? moduleName = null, bool isPackage = false, string path = "module.py")
    {
        var parse = PythonParser.Parse(new SourceText(source.ReplaceLineEndings("\n"), path));
        Assert.True(parse.Success, parse.Errors.Count > 0 ? parse.Errors[0].Message : null);
        return SemanticModel.Build(parse, new SemanticOptions
        {
            ModuleName = moduleName,
            IsPackage = isPackage,
            IsStub = path.EndsWith(".pyi", StringComparison.Ordinal),
            IsBuiltin = s_builtins.Contains,
            IsModuleGlobal = static (name, package) => name is "__name__" or "__file__" or "__doc__" or "__spec__" or "__loader__" or "__package__" or "__builtins__" or "__annotations__" || (package && name == "__path__"),
        });
    }

    /// <summary>Returns the <paramref name="occurrence"/>-th reference (0-based, in source order) of a name.</summary>
    public static Reference Ref(SemanticModel model, string name, int occurrence = 0)
    {
        var matches = model.References.Where(r => r.Name == name).OrderBy(r => r.Span.Start).ToList();
        Assert.True(matches.Count > occurrence, $"no reference #{occurrence} of '{name}' (found {matches.Count})");
        return matches[occurrence];
    }

    public static string LineOf(SemanticModel model, Binding? binding) =>
        binding is null ? "none" : model.Source.Lines.GetPosition(binding.Span.Start).Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
