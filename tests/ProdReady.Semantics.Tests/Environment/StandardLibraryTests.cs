using ProdReady.Semantics.Environment;

namespace ProdReady.Semantics.Tests.Environment;

public sealed class StandardLibraryTests
{
    private static PythonVersion V(string text) => PythonVersion.Parse(text);

    [Theory]
    [InlineData("tomllib", "3.11", "3.13")]
    [InlineData("distutils", "3.6", "3.11")]
    [InlineData("imp", "3.6", "3.11")]
    [InlineData("asynchat", "3.6", "3.11")]
    [InlineData("asyncio.taskgroups", "3.11", "3.13")]
    [InlineData("importlib.metadata", "3.8", "3.13")]
    [InlineData("zoneinfo", "3.9", "3.13")]
    [InlineData("graphlib", "3.9", "3.13")]
    [InlineData("lib2to3", "3.6", "3.12")]
    [InlineData("cgi", "3.6", "3.12")]
    [InlineData("_bootlocale", "3.6", "3.9")]
    [InlineData("os", "3.6", "3.13")]
    [InlineData("os.path", "3.6", "3.13")]
    [InlineData("xml.etree.ElementTree", "3.6", "3.13")]
    [InlineData("_thread", "3.6", "3.13")]
    [InlineData("_io", "3.6", "3.13")]
    [InlineData("sys", "3.6", "3.13")]
    [InlineData("msvcrt", "3.6", "3.13")]
    [InlineData("winreg", "3.6", "3.13")]
    [InlineData("_winapi", "3.6", "3.13")]
    [InlineData("nt", "3.6", "3.13")]
    [InlineData("msilib", "3.6", "3.12")]
    [InlineData("_frozen_importlib", "3.6", "3.13")]
    [InlineData("test", "3.6", "3.13")]
    [InlineData("idlelib", "3.6", "3.13")]
    public void Returns_first_and_last_version_of_modules(string module, string first, string last)
    {
        Assert.True(StandardLibrary.TryGetModuleVersions(module, out var from, out var to));
        Assert.Equal((V(first), V(last)), (from, to));
        Assert.True(StandardLibrary.IsModule(module, V(first)));
        Assert.True(StandardLibrary.IsModule(module, V(last)));
        if (V(first) > PythonVersion.Oldest)
        {
            Assert.False(StandardLibrary.IsModule(module, new PythonVersion(3, V(first).Minor - 1)));
        }

        if (V(last) < PythonVersion.Latest)
        {
            Assert.False(StandardLibrary.IsModule(module, new PythonVersion(3, V(last).Minor + 1)));
        }
    }

    [Theory]
    [InlineData("requests")]
    [InlineData("yaml")]
    [InlineData("pip")]
    [InlineData("setuptools")]
    [InlineData("os.nonexistent")]
    [InlineData("OS")]
    [InlineData("")]
    public void Ignores_names_that_are_not_standard_library(string module)
    {
        Assert.False(StandardLibrary.IsModule(module, PythonVersion.Latest));
        Assert.False(StandardLibrary.TryGetModuleVersions(module, out _, out _));
    }

    [Fact]
    public void Returns_top_level_only_for_names_without_dots()
    {
        Assert.True(StandardLibrary.IsTopLevelModule("json", V("3.9")));
        Assert.False(StandardLibrary.IsTopLevelModule("os.path", V("3.9")));
        Assert.False(StandardLibrary.IsTopLevelModule("tomllib", V("3.10")));
        Assert.True(StandardLibrary.IsTopLevelModule("tomllib", V("3.11")));
    }

    [Fact]
    public void Returns_nearest_covered_version_for_versions_outside_the_tables()
    {
        Assert.True(StandardLibrary.IsModule("tomllib", V("3.14")));
        Assert.False(StandardLibrary.IsModule("distutils", V("3.14")));
        Assert.True(StandardLibrary.IsModule("distutils", V("2.7")));
        Assert.True(StandardLibrary.IsBuiltin("print", V("3.20")));
    }

    [Theory]
    [InlineData("print", "3.6", "3.13")]
    [InlineData("len", "3.6", "3.13")]
    [InlineData("__debug__", "3.6", "3.13")]
    [InlineData("__import__", "3.6", "3.13")]
    [InlineData("breakpoint", "3.7", "3.13")]
    [InlineData("aiter", "3.10", "3.13")]
    [InlineData("anext", "3.10", "3.13")]
    [InlineData("EncodingWarning", "3.10", "3.13")]
    [InlineData("ExceptionGroup", "3.11", "3.13")]
    [InlineData("BaseExceptionGroup", "3.11", "3.13")]
    [InlineData("PythonFinalizationError", "3.13", "3.13")]
    [InlineData("WindowsError", "3.6", "3.13")]
    [InlineData("exit", "3.6", "3.13")]
    public void Returns_first_and_last_version_of_builtins(string name, string first, string last)
    {
        Assert.True(StandardLibrary.TryGetBuiltinVersions(name, out var from, out var to));
        Assert.Equal((V(first), V(last)), (from, to));
        Assert.True(StandardLibrary.IsBuiltin(name, V(first)));
        Assert.Contains(name, StandardLibrary.Builtins(V(last)));
        if (V(first) > PythonVersion.Oldest)
        {
            Assert.False(StandardLibrary.IsBuiltin(name, new PythonVersion(3, V(first).Minor - 1)));
        }
    }

    [Theory]
    [InlineData("_")]
    [InlineData("__file__")]
    [InlineData("self")]
    [InlineData("Print")]
    [InlineData("unicode")]
    [InlineData("xrange")]
    public void Ignores_names_that_are_not_builtins(string name)
    {
        Assert.False(StandardLibrary.IsBuiltin(name, PythonVersion.Latest));
    }

    [Fact]
    public void Returns_builtins_growing_with_the_version()
    {
        var oldest = StandardLibrary.Builtins(PythonVersion.Oldest);
        var latest = StandardLibrary.Builtins(PythonVersion.Latest);
        Assert.True(oldest.Count > 140);
        Assert.True(latest.Count > oldest.Count);
        Assert.Same(latest, StandardLibrary.Builtins(PythonVersion.Latest));
    }

    [Theory]
    [InlineData("__name__")]
    [InlineData("__file__")]
    [InlineData("__doc__")]
    [InlineData("__package__")]
    [InlineData("__spec__")]
    [InlineData("__loader__")]
    [InlineData("__builtins__")]
    [InlineData("__cached__")]
    [InlineData("__annotations__")]
    public void Returns_true_for_globals_of_every_module(string name)
    {
        Assert.True(StandardLibrary.IsModuleGlobal(name, isPackageInit: false));
        Assert.True(StandardLibrary.IsModuleGlobal(name, isPackageInit: true));
    }

    [Fact]
    public void Returns_path_only_inside_a_package_init()
    {
        Assert.False(StandardLibrary.IsModuleGlobal("__path__", isPackageInit: false));
        Assert.True(StandardLibrary.IsModuleGlobal("__path__", isPackageInit: true));
    }

    [Theory]
    [InlineData("__dict__")]
    [InlineData("__module__")]
    [InlineData("__qualname__")]
    [InlineData("print")]
    public void Ignores_names_that_are_no_module_global(string name)
    {
        Assert.False(StandardLibrary.IsModuleGlobal(name, isPackageInit: true));
    }

    [Fact]
    public void Survives_malformed_table_text_by_naming_the_line()
    {
        using var reader = new StringReader("# comment\nos\t3.6\t3.13\nbroken line\n");
        var error = Assert.Throws<InvalidOperationException>(() => VersionedNameTable.Parse(reader, "t.tsv"));
        Assert.Equal("t.tsv:3: expected name<TAB>first<TAB>last", error.Message);
    }
}
