using ProdReady.Analysis.Rules.TestsWritten;
using ProdReady.Testing;
using static ProdReady.Analysis.Tests.Rules.TestsWritten.TestMapFocusTests;

namespace ProdReady.Analysis.Tests.Rules.TestsWritten;

/// <summary>An object a test makes is an instance of its class's bases too: constructing a class exercises them.</summary>
[Trait("Issue", "11")]
public sealed class InstanceClassReachTests
{
    private static TempTree Shapes() => TestProject.Create()
        .File("shop/base.py", """
            class Shape:
                sides = 0


            class Polygon(Shape):
                closed = True


            class Curve(Shape):
                def length(self):
                    return 1
            """)
        .File("shop/shapes.py", """
            from shop.base import Polygon, Shape


            class Square(Polygon):
                def __init__(self, side):
                    self.side = side

                def area(self):
                    return self.side * self.side


            def make(side):
                if side < 0:
                    return None
                return Square(side)


            def describe(shape: Shape) -> str:
                return str(shape.sides)
            """)
        .File("tests/conftest.py", """
            import pytest
            from shop.base import Shape


            class Dot(Shape):
                pass


            @pytest.fixture
            def dot():
                return Dot()
            """)
        .File("tests/test_shapes.py", """
            from shop.shapes import Square, describe, make


            def test_area():
                assert Square(2).area() == 4


            def test_make():
                assert make(-1) is None


            def test_describe(dot):
                assert describe(dot) == "0"
            """);

    [Fact]
    public void Constructing_a_class_links_its_project_bases_on_the_same_way()
    {
        using var tree = Shapes();
        var map = Map(tree, null);

        Assert.Equal(["tests/test_shapes.py::test_area claimed directly", "tests/test_shapes.py::test_make possible possibly through `shop.shapes.make`"], Links(map, "shop.shapes.Square"));
        Assert.Equal(Links(map, "shop.shapes.Square"), Links(map, "shop.base.Polygon"));

        // The root is also the base of the conftest's own class, which the fixture makes.
        Assert.Equal(
            [
                "tests/test_shapes.py::test_area claimed directly",
                "tests/test_shapes.py::test_describe claimed through fixture `dot`",
                "tests/test_shapes.py::test_make possible possibly through `shop.shapes.make`",
            ],
            Links(map, "shop.base.Shape"));

        // A sibling nothing constructs, and a method of the root the test never calls, stay unlinked.
        Assert.Empty(Links(map, "shop.base.Curve"));
        Assert.Empty(Links(map, "shop.base.Curve.length"));
    }

    [Fact]
    public void A_class_only_a_subclass_of_is_constructed_is_no_finding()
    {
        using var tree = Shapes();
        Assert.Equal(
            ["shop/base.py:9 TST001 No test is known to reach `shop.base.Curve`", "shop/base.py:10 TST001 No test is known to reach `shop.base.Curve.length`"],
            TestProject.Check(tree, new UntestedUnit()));
    }

    [Theory]
    [InlineData("shop/base.py")]
    [InlineData("shop/shapes.py")]
    public void A_map_focused_on_the_bases_file_links_them_exactly_as_the_whole_map(string focus)
    {
        using var tree = Shapes();
        var whole = Map(tree, null);
        var focused = Map(tree, [focus]);
        foreach (var unit in whole.UnitsOf(focus))
        {
            Assert.Equal(Links(whole, unit.QualifiedName), Links(focused, unit.QualifiedName));
        }
    }

    [Fact]
    public void A_change_to_the_bases_file_is_answered_from_the_record_as_from_scratch()
    {
        using var tree = Shapes();
        _ = Map(tree, null, useCache: true);
        Edit(tree, "shop/base.py", text => text + "\n\nclass Circle(Curve):\n    pass\n");
        Edit(tree, "tests/test_shapes.py", text => text + "\n\ndef test_circle():\n    from shop.base import Circle\n    assert Circle().length() == 1\n");

        var fromRecord = Map(tree, ["shop/base.py"], useCache: true);
        var fromScratch = Map(tree, null);
        foreach (var unit in fromScratch.UnitsOf("shop/base.py"))
        {
            Assert.Equal(Links(fromScratch, unit.QualifiedName), Links(fromRecord, unit.QualifiedName));
        }

        Assert.Equal(["tests/test_shapes.py::test_circle claimed directly"], Links(fromScratch, "shop.base.Curve"));
    }

    [Fact]
    public void A_body_change_to_the_bases_file_refollows_the_tests_that_construct_its_subclasses()
    {
        using var tree = Shapes();
        _ = Map(tree, null, useCache: true);
        Edit(tree, "shop/base.py", text => text.Replace("sides = 0", "sides = 4", StringComparison.Ordinal));

        var fromRecord = Map(tree, ["shop/base.py"], useCache: true);
        var fromScratch = Map(tree, null);
        foreach (var unit in fromScratch.UnitsOf("shop/base.py"))
        {
            Assert.Equal(Links(fromScratch, unit.QualifiedName), Links(fromRecord, unit.QualifiedName));
        }

        Assert.Equal(Links(fromScratch, "shop.shapes.Square"), Links(fromScratch, "shop.base.Polygon"));
    }

    [Fact]
    public void A_change_to_the_bases_file_after_a_change_elsewhere_is_answered_as_from_scratch()
    {
        using var tree = Shapes();
        _ = Map(tree, null, useCache: true);

        // A first change, to the subclass's file: its tests are followed again under that focus, and their record renewed.
        Edit(tree, "shop/shapes.py", text => text.Replace("return self.side * self.side", "return self.side ** 2", StringComparison.Ordinal));
        _ = Map(tree, ["shop/shapes.py"], useCache: true);

        // A second change, to the bases' file: the renewed record must still know the tests that construct their subclasses.
        Edit(tree, "shop/base.py", text => text.Replace("closed = True", "closed = False", StringComparison.Ordinal));
        var fromRecord = Map(tree, ["shop/base.py"], useCache: true);
        var fromScratch = Map(tree, null);
        foreach (var unit in fromScratch.UnitsOf("shop/base.py"))
        {
            Assert.Equal(Links(fromScratch, unit.QualifiedName), Links(fromRecord, unit.QualifiedName));
        }

        Assert.NotEmpty(Links(fromRecord, "shop.base.Polygon"));
    }
}
