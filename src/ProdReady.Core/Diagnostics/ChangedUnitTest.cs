namespace ProdReady.Core.Diagnostics;

/// <summary>One test reaching a changed unit, and which way.</summary>
/// <param name="Test">The test's node id (<c>tests/test_cart.py::test_total</c>).</param>
/// <param name="Way">How it reaches the unit: <c>direct</c>, <c>helper</c> (through a fixture or helper of the test code) or <c>through</c> (through another project unit) or <c>possible</c> (through another unit, by a call that runs only on some paths).</param>
/// <param name="Through">The fixture, helper or unit the call goes through, or <see langword="null"/> when direct.</param>
public sealed record ChangedUnitTest(string Test, string Way, string? Through);
