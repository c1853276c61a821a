namespace ProdReady.Core.Diagnostics;

/// <summary>A function, method or class the change adds or modifies, with the tests that exercise it.</summary>
/// <param name="Unit">The unit's qualified name (<c>pkg.cart.Cart.total</c>).</param>
/// <param name="Kind">The kind: <c>function</c>, <c>method</c> or <c>class</c>.</param>
/// <param name="Path">The file, relative to the checked root.</param>
/// <param name="Line">The 1-based line of the definition.</param>
/// <param name="Tests">The tests that reach it, ordered by test id; empty when no test is known to reach it.</param>
public sealed record ChangedUnit(string Unit, string Kind, string Path, int Line, IReadOnlyList<ChangedUnitTest> Tests);
