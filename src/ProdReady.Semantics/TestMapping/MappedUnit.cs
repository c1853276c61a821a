namespace ProdReady.Semantics.TestMapping;

/// <summary>A function, method or class of the project, with the module and file it belongs to.</summary>
/// <param name="Module">The dotted module name.</param>
/// <param name="Path">The file, relative to the project root.</param>
/// <param name="Facts">What the model read from its definition.</param>
public sealed record MappedUnit(string Module, string Path, UnitFacts Facts)
{
    /// <summary>Gets the qualified name (<c>pkg.mod.Cart.total</c>).</summary>
    public string QualifiedName { get; } = Facts.Name.Length == 0 ? Module : Module + "." + Facts.Name;

    /// <summary>Gets the qualified name of the class a method belongs to, or <see langword="null"/>.</summary>
    public string? ClassName => Facts.Kind == "method" ? QualifiedName[..QualifiedName.LastIndexOf('.')] : Facts.Kind == "class" ? QualifiedName : null;

    /// <summary>Gets a value indicating whether every part of the name is public (no leading underscore: a class inside a function is named through <c>_locals_</c>) and the unit is a real definition (not abstract, not an overload).</summary>
    public bool IsPublicName => Facts.Kind is "function" or "method" or "class"
        && !HasPrivatePart(Facts.Name)
        && !Facts.Has("abstract") && !Facts.Has("overload");

    /// <summary>Tells whether a dotted name has a part with a leading underscore.</summary>
    private static bool HasPrivatePart(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == '_' && (i == 0 || name[i - 1] == '.'))
            {
                return true;
            }
        }

        return false;
    }
}
