using ProdReady.Semantics.Project;

namespace ProdReady.Semantics.Tests.Project;

/// <summary>Expected results are those of CPython 3.11's <c>fnmatch.fnmatchcase</c>.</summary>
public sealed class FnmatchTests
{
    [Theory]
    [InlineData("test_x.py", "test_*.py", true)]
    [InlineData("x_test.py", "*_test.py", true)]
    [InlineData("test_.py", "test_*.py", true)]
    [InlineData("atest_x.py", "test_*.py", false)]
    [InlineData("Test_x.py", "test_*.py", false)]
    [InlineData("check_math.py", "check_*.py", true)]
    [InlineData("math_spec.py", "*_spec.py", true)]
    [InlineData("a", "?", true)]
    [InlineData("ab", "?", false)]
    [InlineData("", "*", true)]
    [InlineData("", "?", false)]
    [InlineData("a/b", "a*b", true)]
    [InlineData("a/b", "a?b", true)]
    [InlineData("a\nb", "a?b", true)]
    [InlineData("a\nb", "a*b", true)]
    [InlineData("abc", "a*c*", true)]
    [InlineData("abcabc", "*abc", true)]
    [InlineData("aaab", "*a*b", true)]
    [InlineData("ab", "a**b", true)]
    [InlineData("/", "*/", true)]
    [InlineData("tests/a.py", "*/tests/*.py", false)]
    [InlineData("é", "?", true)]
    public void Matches_wildcards_like_fnmatch(string name, string pattern, bool expected) =>
        Assert.Equal(expected, Fnmatch.IsMatch(name, pattern));

    [Theory]
    [InlineData("a", "[abc]", true)]
    [InlineData("d", "[abc]", false)]
    [InlineData("d", "[!abc]", true)]
    [InlineData("a", "[!abc]", false)]
    [InlineData("!", "[!]", false)]
    [InlineData("[!]", "[!]", true)]
    [InlineData("[]", "[]", true)]
    [InlineData("]", "[]]", true)]
    [InlineData("a", "[]a]", true)]
    [InlineData("]", "[!]]", false)]
    [InlineData("a", "[!]]", true)]
    [InlineData("[", "[[]", true)]
    [InlineData("[", "[", true)]
    [InlineData("[a", "[a", true)]
    [InlineData("^", "[^a]", true)]
    [InlineData("a", "[^a]", true)]
    [InlineData("b", "[^a]", false)]
    [InlineData("A", "[a-z]", false)]
    [InlineData("é", "[a-z]", false)]
    public void Matches_sets_like_fnmatch(string name, string pattern, bool expected) =>
        Assert.Equal(expected, Fnmatch.IsMatch(name, pattern));

    [Theory]
    [InlineData("b", "[a-c]", true)]
    [InlineData("b", "[c-a]", false)]
    [InlineData("a", "[c-a]", false)]
    [InlineData("-", "[c-a]", false)]
    [InlineData("x", "[!c-a]", true)]
    [InlineData("-", "[a-]", true)]
    [InlineData("-", "[-a]", true)]
    [InlineData("b", "[a-c-e]", true)]
    [InlineData("-", "[a-c-e]", true)]
    [InlineData("d", "[a-c-e]", false)]
    [InlineData("e", "[a-c-e]", true)]
    [InlineData("a]", "[a-]]", true)]
    [InlineData("-]", "[a-]]", true)]
    [InlineData("-", "[--a]", true)]
    [InlineData(",", "[--a]", false)]
    [InlineData("b", "[--a]", false)]
    [InlineData("b", "[a--b]", true)]
    [InlineData("a", "[a--b]", false)]
    [InlineData("-", "[a--b]", false)]
    public void Matches_ranges_like_fnmatch(string name, string pattern, bool expected) =>
        Assert.Equal(expected, Fnmatch.IsMatch(name, pattern));

    [Theory]
    [InlineData("\\", "\\", true)]
    [InlineData("\\*", "\\*", true)]
    [InlineData("a", "\\*", false)]
    [InlineData("\\x", "\\*", true)]
    [InlineData("\\", "[\\]", true)]
    [InlineData("*", "[*]", true)]
    [InlineData("x", "[*]", false)]
    [InlineData("?", "[?]", true)]
    public void Treats_backslash_as_a_literal_and_brackets_as_the_escape(string name, string pattern, bool expected) =>
        Assert.Equal(expected, Fnmatch.IsMatch(name, pattern));

    [Fact]
    public void Folds_case_only_when_asked()
    {
        Assert.False(Fnmatch.IsMatch("TEST_A.PY", "test_*.py"));
        Assert.True(Fnmatch.IsMatch("TEST_A.PY", "test_*.py", ignoreCase: true));
        Assert.True(Fnmatch.IsMatch("Q", "[a-z]", ignoreCase: true));
    }

    [Fact]
    public void Survives_long_star_patterns_in_linear_time()
    {
        var name = new string('a', 10_000);
        Assert.False(Fnmatch.IsMatch(name, "*a*a*a*a*a*a*a*b"));
    }

    [Theory]
    [InlineData("test", false)]
    [InlineData("test_*", true)]
    [InlineData("t?st", true)]
    [InlineData("[Tt]est", true)]
    public void Detects_glob_characters(string pattern, bool expected) =>
        Assert.Equal(expected, Fnmatch.HasGlobCharacters(pattern));
}
