using ProdReady.Python.Syntax;
using Assert = Xunit.Assert;
using ProdReady.Semantics.Model;
using static ProdReady.Semantics.Tests.Model.ModelHarness;

namespace ProdReady.Semantics.Tests.Model;

public sealed class QualifiedNameTests
{
    [Theory]
    [InlineData("import typing as t\n@t.overload\ndef f(): ...\n", "typing.overload")]
    [InlineData("from typing import overload as ov\n@ov\ndef f(): ...\n", "typing.overload")]
    [InlineData("import typing_extensions\n@typing_extensions.overload\ndef f(): ...\n", "typing_extensions.overload")]
    [InlineData("import os.path\n@os.path.join\ndef f(): ...\n", "os.path.join")]
    [InlineData("from time import sleep\n@sleep\ndef f(): ...\n", "time.sleep")]
    [InlineData("@property\ndef f(): ...\n", "builtins.property")]
    public void Resolves_decorators_through_aliases(string source, string expected)
    {
        var model = Build(source);
        var function = model.Module.Body.OfType<FunctionDef>().Single();
        Assert.Equal(expected, model.QualifiedNameOf(function.DecoratorList[0]));
    }

    [Fact]
    public void Matches_typing_members_in_both_modules()
    {
        var model = Build("import typing_extensions as te\nimport typing\nx: te.Any\ny: typing.Any\n");
        var annotations = model.Module.Body.OfType<AnnAssign>().Select(a => a.Annotation).ToList();
        Assert.All(annotations, a => Assert.True(model.MatchesTyping(a, "Any")));
        Assert.False(model.MatchesTyping(annotations[0], "Anything"));
    }

    [Fact]
    public void Resolves_relative_imports_against_the_module_name()
    {
        var model = Build("from . import sibling\nfrom ..base import Thing\nfrom .... import too_far\n", moduleName: "pkg.sub.mod");
        Assert.Equal("pkg.sub.sibling", model.Imports[0].Binding!.QualifiedName);
        Assert.Equal("pkg.base.Thing", model.Imports[1].Binding!.QualifiedName);
        Assert.Null(model.Imports[2].AbsoluteModule);
    }

    [Fact]
    public void Resolves_relative_imports_in_a_package_init()
    {
        var model = Build("from .core import run\n", moduleName: "pkg", isPackage: true);
        Assert.Equal("pkg.core", model.Imports[0].AbsoluteModule);
    }

    [Fact]
    public void Follows_simple_alias_assignments()
    {
        var model = Build("import typing\nAnyType = typing.Any\nx: AnyType\n");
        var annotation = model.Module.Body.OfType<AnnAssign>().Single().Annotation;
        Assert.Equal("typing.Any", model.QualifiedNameOf(annotation));
    }

    [Fact]
    public void Qualifies_local_definitions_with_the_module()
    {
        var model = Build("class Base:\n    pass\nclass Child(Base):\n    pass\n", moduleName: "app.models");
        var child = model.Module.Body.OfType<ClassDef>().Last();
        Assert.Equal("app.models.Base", model.ClassOf(child).BaseNames[0]);
    }

    [Fact]
    public void Tells_which_modules_the_file_imports()
    {
        var model = Build("import os.path\nfrom typing_extensions import override\nfrom . import sibling\n", moduleName: "pkg.mod");
        Assert.True(model.ImportsModule("os"));
        Assert.True(model.ImportsModule("typing_extensions"));
        Assert.True(model.ImportsModule("pkg"));
        Assert.False(model.ImportsModule("typing"));
    }
}
