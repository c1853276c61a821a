namespace ProdReady.Semantics.TestMapping;

/// <summary>One test exercising one unit, and which way: directly, through a fixture or helper, or through another unit.</summary>
/// <param name="Test">The test.</param>
/// <param name="Through">The project unit that calls this one on the way from the test, or <see langword="null"/> when the test (or its fixtures and helpers) calls it itself.</param>
/// <param name="Helper">The fixture or helper of the test's own code the call goes through (<c>fixture cart</c>, <c>helper make_cart</c>), or <see langword="null"/>.</param>
/// <param name="IsCertain">Whether every call on the way runs whenever its caller runs; <see langword="false"/> when one of them sits under an <c>if</c>, an <c>except</c>, a <c>while</c>, a boolean operator or a nested function (the test may reach the unit).</param>
public sealed record TestLink(MappedTest Test, string? Through, string? Helper, bool IsCertain = true)
{
    /// <summary>Gets a value indicating whether the test calls the unit itself (possibly through its fixtures or helpers).</summary>
    public bool IsDirect => Through is null;

    /// <summary>
    /// Gets the way's name, as reports give it: <c>direct</c>, <c>helper</c>, <c>through</c> (another unit), each with every
    /// call on the way certain, or <c>possible</c> (a call on the way may not run, whichever way it goes).
    /// </summary>
    public string WayName => !IsCertain ? "possible" : Through is not null ? "through" : Helper is null ? "direct" : "helper";

    /// <summary>
    /// Gets the way in words: <c>directly</c>, <c>through fixture `cart`</c>, <c>through `pkg.cart.Cart.add`</c>, each
    /// after <c>possibly</c> when the link is not certain (<c>possibly directly</c> for a call under an <c>if</c> of the test).
    /// </summary>
    public string Way
    {
        get
        {
            var way = Through is not null ? $"through `{Through}`" : Helper is not null ? "through " + Helper : "directly";
            return IsCertain ? way : "possibly " + way;
        }
    }
}
