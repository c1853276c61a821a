using ProdReady.Semantics.Environment;

namespace ProdReady.Semantics.Tests.Environment;

public sealed class PythonVersionTests
{
    [Theory]
    [InlineData("3.11", 3, 11)]
    [InlineData("3.9.18", 3, 9)]
    [InlineData(" 3.6 ", 3, 6)]
    [InlineData("2.7", 2, 7)]
    public void Returns_major_and_minor_when_parsing(string text, int major, int minor)
    {
        Assert.Equal(new PythonVersion(major, minor), PythonVersion.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("three.eleven")]
    [InlineData("3.x")]
    [InlineData("3.11.rc1")]
    [InlineData("-3.1")]
    public void Returns_false_for_text_that_is_no_version(string text)
    {
        Assert.False(PythonVersion.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PythonVersion.Parse(text));
    }

    [Fact]
    public void Returns_false_for_null()
    {
        Assert.False(PythonVersion.TryParse(null, out _));
    }

    [Fact]
    public void Returns_major_dot_minor_as_text_and_orders_numerically()
    {
        Assert.Equal("3.11", new PythonVersion(3, 11).ToString());
        Assert.True(new PythonVersion(3, 9) < new PythonVersion(3, 10));
        Assert.True(new PythonVersion(3, 13) > new PythonVersion(3, 6));
        Assert.True(new PythonVersion(3, 13) >= PythonVersion.Latest);
        Assert.True(new PythonVersion(2, 7) <= PythonVersion.Oldest);
        Assert.Equal(new PythonVersion(3, 13), PythonVersion.Latest);
        Assert.Equal(new PythonVersion(3, 6), PythonVersion.Oldest);
        Assert.Equal(0, new PythonVersion(3, 8).CompareTo(PythonVersion.Parse("3.8.1")));
    }

    [Theory]
    [InlineData(">=3.9", "3.9")]
    [InlineData("~=3.10", "3.10")]
    [InlineData("~=3.10.2", "3.10")]
    [InlineData(">=3.8,<4", "3.8")]
    [InlineData(">=3.8, <4.0", "3.8")]
    [InlineData(">= 3.8", "3.8")]
    [InlineData(">3.8", "3.9")]
    [InlineData(">3.8.5", "3.8")]
    [InlineData("==3.11.*", "3.11")]
    [InlineData("==3.11", "3.11")]
    [InlineData("==3.11.4", "3.11")]
    [InlineData("^3.9", "3.9")]
    [InlineData("~3.9", "3.9")]
    [InlineData("3.9.*", "3.9")]
    [InlineData("3.10", "3.10")]
    [InlineData("*", "3.6")]
    [InlineData(">=3.8 <3.13", "3.8")]
    [InlineData("<3.12", "3.6")]
    [InlineData("<=3.9", "3.6")]
    [InlineData(">=2.7", "3.6")]
    [InlineData(">=2.7, !=3.0.*, !=3.1.*, !=3.2.*", "3.6")]
    [InlineData(">=3.6, !=3.6.*, !=3.7.*", "3.8")]
    [InlineData(">=3.14", "3.13")]
    [InlineData(">=4", "3.13")]
    [InlineData(">=3.10 || ^3.8", "3.8")]
    [InlineData("^3.9 || ^4.0", "3.9")]
    [InlineData(">=3.9.0rc1", "3.9")]
    [InlineData("v3.9", "3.9")]
    public void Returns_lowest_allowed_minor_of_requires_python(string specifier, string expected)
    {
        Assert.Equal(PythonVersion.Parse(expected), PythonVersion.FromRequiresPython(specifier));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("python3")]
    [InlineData(">=")]
    [InlineData(">=3.9,,foo")]
    [InlineData(">=3.*")]
    [InlineData("~=3")]
    [InlineData(">=3.10,<3.9")]
    [InlineData("<3")]
    public void Returns_null_for_unreadable_or_unsatisfiable_requires_python(string? specifier)
    {
        Assert.Null(PythonVersion.FromRequiresPython(specifier));
    }

    [Theory]
    [InlineData("py311", "3.11")]
    [InlineData("py38", "3.8")]
    [InlineData("PY39", "3.9")]
    [InlineData("py313", "3.13")]
    [InlineData("py314", "3.13")]
    [InlineData("py35", "3.6")]
    [InlineData("3.12", "3.12")]
    public void Returns_version_of_target_version_setting(string value, string expected)
    {
        Assert.Equal(PythonVersion.Parse(expected), PythonVersion.FromTargetVersion(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("py27")]
    [InlineData("py3")]
    [InlineData("pyx11")]
    [InlineData("2.7")]
    [InlineData("latest")]
    public void Returns_null_for_target_version_that_names_no_python_3(string? value)
    {
        Assert.Null(PythonVersion.FromTargetVersion(value));
    }
}
