namespace ProdReady.Semantics.TestMapping;

/// <summary>A test pytest would collect: a test function, a method of a test class, or a <c>unittest.TestCase</c> test method.</summary>
/// <param name="Id">The node id as pytest prints it (<c>tests/test_cart.py::TestCart::test_total</c>).</param>
/// <param name="Unit">The test's own definition (a method inherited from a base class keeps the base's facts).</param>
/// <param name="Fixtures">The fixtures the test requests, directly, through other fixtures, <c>usefixtures</c> or <c>autouse</c>, each with the name it is requested by.</param>
/// <param name="Setup">The <c>setUp</c>/<c>setup_method</c>-style methods of its class that run around it.</param>
/// <param name="MissingFixtures">The fixture names the test requests that no conftest, module, class, built-in or declared plugin provides as far as the map can see.</param>
/// <param name="ProvidersUnknown">Whether fixtures may come from where the map cannot look (<c>pytest_plugins</c>, a plugin module).</param>
public sealed record MappedTest(
    string Id,
    MappedUnit Unit,
    IReadOnlyList<(string Name, MappedUnit Fixture)> Fixtures,
    IReadOnlyList<MappedUnit> Setup,
    IReadOnlyList<string> MissingFixtures,
    bool ProvidersUnknown)
{
    /// <summary>Gets the test's file, relative to the project root.</summary>
    public string Path => Unit.Path;

    /// <summary>
    /// Gets the qualified name of the test class the test runs on (an instance of it is <c>self</c> in the test and its
    /// setup methods, whichever class defines them), or <see langword="null"/> for a test function.
    /// </summary>
    public string? RunsOn { get; init; }

    /// <summary>
    /// Gets what decides the class of <c>self</c> for the map's purposes: <see cref="RunsOn"/>, or for a class whose body
    /// defines nothing (<c>class TestPlain(Checks, TestCase): pass</c>) its bases, which then answer for it alike.
    /// </summary>
    internal string? RunsOnShape { get; init; }

    /// <summary>
    /// Gets every definition that runs as part of the test: the test, its setup methods and its fixtures, in that order
    /// (made once: every rule reads them for every test).
    /// </summary>
    public IReadOnlyList<UnitFacts> AllFacts { get; } = AllOf(Unit, Setup, Fixtures);

    private static UnitFacts[] AllOf(MappedUnit unit, IReadOnlyList<MappedUnit> setup, IReadOnlyList<(string Name, MappedUnit Fixture)> fixtures)
    {
        var all = new UnitFacts[1 + setup.Count + fixtures.Count];
        all[0] = unit.Facts;
        for (var i = 0; i < setup.Count; i++)
        {
            all[1 + i] = setup[i].Facts;
        }

        for (var i = 0; i < fixtures.Count; i++)
        {
            all[1 + setup.Count + i] = fixtures[i].Fixture.Facts;
        }

        return all;
    }
}
