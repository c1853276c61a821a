using ProdReady.Python.Syntax;
using Assert = Xunit.Assert;
using ProdReady.Semantics.Model;
using static ProdReady.Semantics.Tests.Model.ModelHarness;

namespace ProdReady.Semantics.Tests.Model;

public sealed class ClassModelTests
{
    private static ClassModel Class(SemanticModel model, string name) =>
        model.ClassOf(model.Module.Body.OfType<ClassDef>().Single(c => c.Name == name));

    [Theory]
    [InlineData("import typing as t\nclass P(t.Protocol):\n    pass\n", ClassKind.Protocol)]
    [InlineData("from typing import Protocol, TypeVar\nT = TypeVar('T')\nclass P(Protocol[T]):\n    pass\n", ClassKind.Protocol)]
    [InlineData("import abc\nclass P(abc.ABC):\n    pass\n", ClassKind.Abstract)]
    [InlineData("from abc import ABCMeta\nclass P(metaclass=ABCMeta):\n    pass\n", ClassKind.Abstract)]
    [InlineData("from dataclasses import dataclass\n@dataclass(frozen=True)\nclass P:\n    pass\n", ClassKind.Dataclass)]
    [InlineData("import enum\nclass P(enum.IntEnum):\n    pass\n", ClassKind.Enum)]
    [InlineData("import unittest\nclass Base(unittest.TestCase):\n    pass\nclass P(Base):\n    pass\n", ClassKind.TestCase)]
    [InlineData("class P(ValueError):\n    pass\n", ClassKind.Exception)]
    public void Recognises_class_kinds(string source, ClassKind expected)
    {
        var model = Build(source);
        Assert.True(Class(model, "P").Is(expected));
    }

    [Fact]
    public void Finds_methods_defined_by_local_bases()
    {
        var model = Build("""
            class Base:
                def run(self):
                    return 1

            class Middle(Base):
                pass

            class Child(Middle):
                def run(self):
                    pass

                def extra(self):
                    pass
            """);
        var child = Class(model, "Child");
        Assert.True(child.BaseDefines("run"));
        Assert.False(child.BaseDefines("extra"));
    }

    [Fact]
    public void Says_unknown_when_a_base_cannot_be_understood()
    {
        var model = Build("from somewhere import Base\nclass Child(Base):\n    def run(self):\n        pass\n");
        Assert.Null(Class(model, "Child").BaseDefines("run"));
        Assert.True(Class(model, "Child").BaseDefines("run", (cls, method) => cls == "somewhere.Base" && method == "run"));
    }

    [Fact]
    public void Survives_inheritance_cycles()
    {
        var model = Build("class A(B):\n    pass\nclass B(A):\n    pass\n");
        Assert.Null(Class(model, "A").BaseDefines("x"));
        Assert.Null(Class(model, "B").BaseDefines("x"));
    }
}
