using ProdReady.Core.Paths;

namespace ProdReady.Core.Tests.Paths;

public sealed class RelativePathTests
{
    [Theory]
    [InlineData("a/b/c.py", "a/b/c.py")]
    [InlineData("./a//b/./c.py", "a/b/c.py")]
    [InlineData("a/b/../c.py", "a/c.py")]
    [InlineData("a/", "a")]
    [InlineData("/a", "a")]
    [InlineData("", "")]
    [InlineData(".", "")]
    [InlineData("a/..", "")]
    [InlineData("a\\b", "a\\b")]
    public void Collapses_empty_dot_and_parent_segments(string path, string expected) =>
        Assert.Equal(expected, RelativePath.Collapse(path));

    [Theory]
    [InlineData("..")]
    [InlineData("../a")]
    [InlineData("a/../../b")]
    [InlineData("./..")]
    public void Rejects_paths_that_climb_above_the_start(string path) =>
        Assert.Null(RelativePath.Collapse(path));
}
