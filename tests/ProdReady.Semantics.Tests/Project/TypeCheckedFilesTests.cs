using ProdReady.Semantics.Project;

namespace ProdReady.Semantics.Tests.Project;

public sealed class TypeCheckedFilesTests
{
    private static TypeCheckedFiles Read(params (string Name, string Text)[] files) =>
        TypeCheckedFiles.Read(name => files.FirstOrDefault(f => f.Name == name).Text);

    [Fact]
    public void Reads_mypy_s_files_and_pyright_s_include_from_pyproject()
    {
        var files = Read(("pyproject.toml", "[tool.mypy]\nfiles = [\"src/app\", \"./tests/typing/\"]\n[tool.pyright]\ninclude = [\"stubs\"]\n[tool.basedpyright]\ninclude = [\"tests/types*\"]\n"));

        Assert.Equal(["src/app", "tests/typing", "stubs", "tests/types*"], files.Entries);
        Assert.True(files.Covers("tests/typing/typing_options.py"));
        Assert.True(files.Covers("src/app/core.py"));
        Assert.True(files.Covers("tests/types_check.py"));
        Assert.False(files.Covers("tests/typing_options.py"));
        Assert.False(files.Covers("src/application/core.py"));
    }

    [Fact]
    public void Reads_a_comma_separated_files_setting_from_pyproject_and_the_mypy_section_of_ini_files()
    {
        Assert.Equal(["src", "tests/typing"], Read(("pyproject.toml", "[tool.mypy]\nfiles = \"src, tests/typing\"\n")).Entries);
        Assert.Equal(["a", "b"], Read(("mypy.ini", "[mypy]\nfiles = a,\n    b\n")).Entries);
        Assert.Equal(["c"], Read((".mypy.ini", "[mypy]\nfiles = c\n")).Entries);
        Assert.Equal(["d"], Read(("setup.cfg", "[metadata]\nname = x\n[mypy]\nfiles = d\n")).Entries);
    }

    [Fact]
    public void Reads_pyrightconfig_json_with_comments()
    {
        var files = Read(("pyrightconfig.json", "{\n  // checked\n  \"include\": [\"src\", \"tests/typing\",],\n}\n"));

        Assert.Equal(["src", "tests/typing"], files.Entries);
    }

    [Fact]
    public void A_dot_covers_the_whole_project()
    {
        Assert.True(Read(("pyproject.toml", "[tool.pyright]\ninclude = [\".\"]\n")).Covers("tests/typing/typing_options.py"));
    }

    [Fact]
    public void Invalid_or_missing_configuration_names_no_file()
    {
        Assert.Empty(Read().Entries);
        Assert.Empty(Read(("pyproject.toml", "[tool.mypy\nfiles = [")).Entries);
        Assert.Empty(Read(("pyrightconfig.json", "{ \"include\": ")).Entries);
        Assert.Empty(Read(("pyproject.toml", "[tool.mypy]\nstrict = true\n")).Entries);
        Assert.False(TypeCheckedFiles.None.Covers("anything.py"));
    }
}
