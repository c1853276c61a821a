using ProdReady.Semantics.Environment;
using ProdReady.Semantics.Project;
using ProdReady.Testing;

namespace ProdReady.Semantics.Tests.Project;

[Trait("Issue", "11")]
public sealed class WorkspaceMembersTests
{
    private const string Member = "[project]\nname = \"member\"\n";

    /// <summary>The members of the workspace the root's <c>pyproject.toml</c> declares, read as a run reads them.</summary>
    private static IReadOnlyList<string> Members(string root)
    {
        var declared = new DeclaredDependencies(root);
        return WorkspaceMembers.Find(root, declared.WorkspaceMemberGlobs, declared.WorkspaceExcludeGlobs);
    }

    [Fact]
    public void Lists_the_folders_the_member_globs_name_that_hold_a_pyproject()
    {
        using var tree = new TempTree()
            .File("pyproject.toml", "[tool.uv.workspace]\nmembers = [\"packages/*\", \"tools/cli\"]\nexclude = [\"packages/legacy\"]\n")
            .File("packages/lib/pyproject.toml", Member)
            .File("packages/app/pyproject.toml", Member)
            .File("packages/legacy/pyproject.toml", Member)
            .File("packages/docs/README.md", "no project here\n")
            .File("packages/.hidden/pyproject.toml", Member)
            .File("tools/cli/pyproject.toml", Member);

        Assert.Equal(["packages/app", "packages/lib", "tools/cli"], Members(tree.Root));
    }

    [Fact]
    public void Follows_a_recursive_glob()
    {
        using var tree = new TempTree()
            .File("pyproject.toml", "[tool.uv.workspace]\nmembers = [\"libs/**\"]\n")
            .File("libs/a/pyproject.toml", Member)
            .File("libs/group/b/pyproject.toml", Member);

        Assert.Equal(["libs/a", "libs/group/b"], Members(tree.Root));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("[project]\nname = \"single\"\n")]
    [InlineData("[tool.uv.workspace\nmembers = [\"packages/*\"]\n")]
    [InlineData("[tool.uv.workspace]\nmembers = \"packages/*\"\n")]
    [InlineData("[tool.uv.workspace]\nmembers = [\"../ROOT/packages/lib\", \"/packages/lib\", 3]\n")]
    public void Finds_no_member_without_a_readable_workspace_table_or_with_members_outside_it(string? pyproject)
    {
        using var tree = new TempTree().File("packages/lib/pyproject.toml", Member);
        if (pyproject is not null)
        {
            // `../ROOT/packages/lib` climbs out and back into the root: a member, were `..` followed.
            tree.File("pyproject.toml", pyproject.Replace("ROOT", Path.GetFileName(tree.Root), StringComparison.Ordinal));
        }

        Assert.Empty(Members(tree.Root));
    }

    [Fact]
    public void Leaves_out_links_to_folders()
    {
        using var tree = new TempTree()
            .File("pyproject.toml", "[tool.uv.workspace]\nmembers = [\"packages/*\", \"linked\"]\n")
            .File("packages/lib/pyproject.toml", Member)
            .File("elsewhere/pyproject.toml", Member);
        Directory.CreateSymbolicLink(tree.Path("packages/alias"), tree.Path("elsewhere"));
        Directory.CreateSymbolicLink(tree.Path("linked"), tree.Path("elsewhere"));

        Assert.Equal(["packages/lib"], Members(tree.Root));
    }

    [Fact]
    public void Makes_each_member_s_src_folder_a_source_root_after_the_root_s()
    {
        string[] files =
        [
            "packages/lib/src/lib/__init__.py", "packages/lib/src/lib/_internal/core.py", "packages/lib/tests/__init__.py",
            "packages/lib/tests/test_core.py", "packages/flat/flat/__init__.py", "packages/flat/flat/run.py", "tools/make.py",
        ];
        var layout = new ProjectLayout("/project", files, ["."], ["packages/lib", "packages/flat"]);

        Assert.Equal([".", "packages/lib/src", "packages/flat"], layout.SourceRoots);
        Assert.Equal("lib._internal.core", layout.GetModuleName("packages/lib/src/lib/_internal/core.py"));
        Assert.Equal("flat.run", layout.GetModuleName("packages/flat/flat/run.py"));
        Assert.Equal("packages/lib/src/lib/_internal/core.py", layout.Resolve("lib._internal.core")!.Path);
        Assert.Equal("packages/flat/flat/run.py", layout.Resolve("flat.run")!.Path);
        Assert.Equal("tools.make", layout.GetModuleName("tools/make.py"));
    }

    [Fact]
    public void Leaves_configured_source_roots_as_they_are()
    {
        string[] files = ["packages/lib/src/lib/__init__.py", "app/__init__.py"];
        var layout = new ProjectLayout("/project", files, ["app"], ["packages/lib"]);

        Assert.Equal(["app"], layout.SourceRoots);
    }
}
