namespace ProdReady.Semantics.TestMapping;

/// <summary>One test exercising one unit, and which way: directly, through a fixture or helper, or through another unit.</summary>
/// <param name="Test">The test.</param>
/// <param name="Through">The project unit that calls this one on the way from the test, or <see langword="null"/> when the test (or its fixtures and helpers) calls it itself.</param>
/// <param name="Helper">The fixture or helper of the test's own code the call goes through (<c>fixture cart</c>, <c>helper make_cart</c>), or <see langword="null"/>.</param>
public sealed record TestLink(MappedTest Test, string? Through, string? Helper)
{
    /// <summary>Gets a value indicating whether the test calls the unit itself (possibly through its fixtures or helpers).</summary>
    public bool IsDirect => Through is null;

    /// <summary>Gets the way in words: <c>directly</c>, <c>through fixture `cart`</c>, <c>through `pkg.cart.Cart.add`</c>.</summary>
    public string Way => Through is not null ? $"through `{Through}`" : Helper is not null ? "through " + Helper : "directly";
}
