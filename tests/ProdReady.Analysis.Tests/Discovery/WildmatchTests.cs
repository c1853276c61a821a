using ProdReady.Analysis.Discovery;

namespace ProdReady.Analysis.Tests.Discovery;

/// <summary>Cases from git's <c>t3070-wildmatch.sh</c> (path-name mode unless stated).</summary>
public sealed class WildmatchTests
{
    [Theory]
    [InlineData("foo", "foo", true)]
    [InlineData("bar", "foo", false)]
    [InlineData("", "", true)]
    [InlineData("???", "foo", true)]
    [InlineData("??", "foo", false)]
    [InlineData("*", "foo", true)]
    [InlineData("f*", "foo", true)]
    [InlineData("*f", "foo", false)]
    [InlineData("*foo*", "foo", true)]
    [InlineData("*ob*a*r*", "foobar", true)]
    [InlineData("*ab", "aaaaaaabababab", true)]
    [InlineData("foo\\*", "foo*", true)]
    [InlineData("foo\\*bar", "foobar", false)]
    [InlineData("f\\\\oo", "f\\oo", true)]
    [InlineData("*[al]?", "ball", true)]
    [InlineData("[ten]", "ten", false)]
    [InlineData("**[!te]", "ten", true)]
    [InlineData("**[!ten]", "ten", false)]
    [InlineData("t[a-g]n", "ten", true)]
    [InlineData("t[!a-g]n", "ten", false)]
    [InlineData("t[!a-g]n", "ton", true)]
    [InlineData("t[^a-g]n", "ton", true)]
    [InlineData("a[]]b", "a]b", true)]
    [InlineData("a[]-]b", "a-b", true)]
    [InlineData("a[]-]b", "a]b", true)]
    [InlineData("a[]-]b", "aab", false)]
    [InlineData("a[]a-]b", "aab", true)]
    [InlineData("]", "]", true)]
    [InlineData("foo*bar", "foo/baz/bar", false)]
    [InlineData("foo**bar", "foo/baz/bar", false)]
    [InlineData("foo**bar", "foobazbar", true)]
    [InlineData("foo/**/bar", "foo/baz/bar", true)]
    [InlineData("foo/**/**/bar", "foo/baz/bar", true)]
    [InlineData("foo/**/bar", "foo/b/a/z/bar", true)]
    [InlineData("foo/**/bar", "foo/bar", true)]
    [InlineData("foo?bar", "foo/bar", false)]
    [InlineData("foo[/]bar", "foo/bar", false)]
    [InlineData("f[^eiu][^eiu][^eiu][^eiu][^eiu]r", "foo/bar", false)]
    [InlineData("**/bar*", "deep/foo/bar/baz", false)]
    [InlineData("**/bar/*", "deep/foo/bar/baz", true)]
    [InlineData("**/bar/*", "deep/foo/bar/baz/", false)]
    [InlineData("**/bar/**", "deep/foo/bar/baz/", true)]
    [InlineData("**/bar/*", "deep/foo/bar", false)]
    [InlineData("**/bar/**", "deep/foo/bar/", true)]
    [InlineData("*/bar/**", "foo/bar/baz/x", true)]
    [InlineData("**/bar/*/*", "deep/foo/bar/baz/x", true)]
    [InlineData("**/bar/**", "foo/bar/baz/x", true)]
    [InlineData("[[:alpha:]][[:digit:]][[:upper:]]", "a1B", true)]
    [InlineData("[[:digit:][:upper:][:space:]]", "a", false)]
    [InlineData("[[:digit:][:upper:][:space:]]", "A", true)]
    [InlineData("[[:digit:][:upper:][:space:]]", "1", true)]
    [InlineData("[[:digit:][:upper:][:spaci:]]", "1", false)]
    [InlineData("[[:space:]]", " ", true)]
    [InlineData("[[:xdigit:]]", "5", true)]
    [InlineData("[[:xdigit:]]", "f", true)]
    [InlineData("[[:xdigit:]]", "g", false)]
    [InlineData("[[:punct:]]", "!", true)]
    [InlineData("[a-c[:digit:]x-z]", "5", true)]
    [InlineData("[a-c[:digit:]x-z]", "b", true)]
    [InlineData("[a-c[:digit:]x-z]", "q", false)]
    [InlineData("[\\-_]", "-", true)]
    [InlineData("[\\]]", "]", true)]
    [InlineData("[\\]]", "\\]", false)]
    [InlineData("[", "[", false)]
    [InlineData("[!", "[!", false)]
    [InlineData("a[", "a[", false)]
    [InlineData("*/*/*", "foo/bba/arr", true)]
    [InlineData("**/**/**", "foo/bb/aa/rr", true)]
    [InlineData("*X*i", "abcXdefXghi", true)]
    [InlineData("*/*X*/*/*i", "ab/cXd/efXg/hi", true)]
    [InlineData("-*-*-*-*-*-*-12-*-*-*-m-*-*-*", "-adobe-courier-bold-o-normal--12-120-75-75-/-70-iso8859-1", false)]
    [InlineData("XXX/*/*/*/*/*/*/12/*/*/*/m/*/*/*", "XXX/adobe/courier/bold/o/normal//12/120/75/75/m/70/iso8859/1", true)]
    public void Matches_path_names_like_git(string pattern, string text, bool expected)
    {
        Assert.Equal(expected, Wildmatch.IsMatch(pattern, text, pathName: true));
    }

    [Theory]
    [InlineData("foo*bar", "foo/baz/bar", true)]
    [InlineData("foo?bar", "foo/bar", true)]
    [InlineData("*", "a/b", true)]
    public void Without_path_name_mode_stars_cross_slashes(string pattern, string text, bool expected)
    {
        Assert.Equal(expected, Wildmatch.IsMatch(pattern, text, pathName: false));
    }

    [Fact]
    public void Survives_pathological_patterns_quickly()
    {
        var text = new string('a', 60) + "b";

        Assert.False(Wildmatch.IsMatch("*a*a*a*a*a*a*a*a*a*a*a*a*c", text, pathName: true));
        Assert.False(Wildmatch.IsMatch("**/**/**/**/**/**/**/c", "a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/b", pathName: true));
    }
}
