namespace ProdReady.Changelog.Tests;

public sealed class SemanticVersionTests
{
    [Theory]
    [InlineData("1.2.3")]
    [InlineData("0.0.0")]
    [InlineData("1.0.0-alpha")]
    [InlineData("1.0.0-alpha.1")]
    [InlineData("1.0.0-0.3.7")]
    [InlineData("1.0.0-x.7.z.92")]
    [InlineData("1.0.0+20130313144700")]
    [InlineData("1.0.0-beta+exp.sha.5114f85")]
    public void Accepts_strict_semver(string text)
    {
        Assert.True(SemanticVersion.TryParse(text, out var version));
        Assert.Equal(text, version.ToString());
    }

    [Theory]
    [InlineData("v1.2.3")]
    [InlineData("1.2")]
    [InlineData("01.2.3")]
    [InlineData("1.2.3-01")]
    [InlineData("1.2.3-")]
    [InlineData("1.2.3+")]
    [InlineData("1.2.3.4")]
    [InlineData("1..3")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Unreleased")]
    public void Rejects_anything_else(string? text)
    {
        Assert.False(SemanticVersion.TryParse(text, out _));
    }

    [Theory]
    [InlineData("v1.2.3", "1.2.3")]
    [InlineData("1.2", "1.2.0")]
    [InlineData("V2", "2.0.0")]
    public void Reads_real_world_versions_leniently(string text, string expected)
    {
        Assert.True(SemanticVersion.TryParseLenient(text, out var version));
        Assert.Equal(expected, version.ToString());
    }

    [Fact]
    public void Orders_by_semver_precedence()
    {
        string[] ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0", "10.0.0"];
        var parsed = ordered.Select(v => SemanticVersion.TryParse(v, out var s) ? s : throw new InvalidOperationException(v)).ToList();

        for (var i = 1; i < parsed.Count; i++)
        {
            Assert.True(parsed[i - 1] < parsed[i], $"{parsed[i - 1]} < {parsed[i]}");
            Assert.True(parsed[i] > parsed[i - 1]);
            Assert.True(parsed[i] >= parsed[i - 1]);
            Assert.False(parsed[i] <= parsed[i - 1]);
        }

        Assert.True(SemanticVersion.TryParse("1.0.0+build.1", out var withBuild));
        Assert.True(withBuild == parsed[7]);
        Assert.Equal(withBuild.GetHashCode(), parsed[7].GetHashCode());
        Assert.True(SemanticVersion.Compare(null, parsed[0]) < 0);
    }
}
