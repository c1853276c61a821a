namespace ProdReady.ExternalTools;

/// <summary>What pytest's JUnit XML says: the failing and erroring tests, and the counts.</summary>
/// <param name="Findings">One per failing or erroring test and per module that did not collect.</param>
/// <param name="Tests">The test cases in the report.</param>
/// <param name="Failed">The failing or erroring ones (collection errors included).</param>
/// <param name="Skipped">The skipped ones.</param>
/// <param name="Cut">Whether the report was larger than the limit, or malformed, and was read only in part.</param>
public sealed record PytestReport(IReadOnlyList<ToolFinding> Findings, int Tests, int Failed, int Skipped, bool Cut);
