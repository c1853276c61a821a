using ProdReady.Semantics.Model;
using static ProdReady.Semantics.Tests.Model.ModelHarness;

namespace ProdReady.Semantics.Tests.Model;

public sealed class ScopeResolutionTests
{
    [Fact]
    public void Resolves_module_name_defined_after_function_from_its_body()
    {
        var model = Build("""
            def f():
                return helper()

            def helper():
                return 1
            """);
        var reference = Ref(model, "helper");
        Assert.Equal(ResolutionKind.Global, reference.Resolution);
        Assert.Equal(BindingKind.FunctionDefinition, reference.Binding!.Kind);
    }

    [Fact]
    public void Reports_module_level_read_before_binding_as_undefined()
    {
        var model = Build("""
            print(value)
            value = 1
            """);
        Assert.Equal(ResolutionKind.Undefined, Ref(model, "value").Resolution);
        Assert.Equal(ResolutionKind.Builtin, Ref(model, "print").Resolution);
    }

    [Fact]
    public void Hides_class_body_from_nested_functions_and_comprehensions()
    {
        var model = Build("""
            class C:
                size = 3
                doubled = [size * 2 for _ in range(size)]

                def method(self):
                    return size
            """);
        Assert.Equal(ResolutionKind.Undefined, Ref(model, "size", 0).Resolution);
        Assert.Equal(ResolutionKind.Local, Ref(model, "size", 1).Resolution);
        Assert.Equal(ResolutionKind.Undefined, Ref(model, "size", 2).Resolution);
    }

    [Fact]
    public void Binds_walrus_in_comprehension_to_enclosing_function()
    {
        var model = Build("""
            def f(items):
                if any((found := item) > 2 for item in items):
                    return found
            """);
        var found = Ref(model, "found");
        Assert.Equal(ResolutionKind.Local, found.Resolution);
        Assert.Equal(ScopeKind.Function, found.Binding!.Scope.Kind);
    }

    [Fact]
    public void Unbinds_exception_name_after_handler()
    {
        var model = Build("""
            try:
                pass
            except ValueError as error:
                print(error)
            print(error)
            """);
        Assert.Equal(ResolutionKind.Local, Ref(model, "error", 0).Resolution);
        Assert.Equal(ResolutionKind.Undefined, Ref(model, "error", 1).Resolution);
    }

    [Fact]
    public void Keeps_earlier_binding_after_handler_of_same_name()
    {
        var model = Build("""
            error = None
            try:
                pass
            except ValueError as error:
                pass
            print(error)
            """);
        Assert.Equal(ResolutionKind.Local, Ref(model, "error").Resolution);
    }

    [Fact]
    public void Reports_read_before_assignment_in_function_as_unbound()
    {
        var model = Build("""
            count = 0
            def bump():
                count = count + 1
                return count
            """);
        Assert.Equal(ResolutionKind.Unbound, Ref(model, "count", 0).Resolution);
        Assert.Equal(ResolutionKind.Local, Ref(model, "count", 1).Resolution);
    }

    [Fact]
    public void Treats_read_in_loop_with_later_binding_as_possibly_bound()
    {
        var model = Build("""
            def f(items):
                for item in items:
                    if item:
                        print(last)
                    last = item
            """);
        Assert.Equal(ResolutionKind.Local, Ref(model, "last").Resolution);
    }

    [Fact]
    public void Follows_global_and_nonlocal_declarations()
    {
        var model = Build("""
            def setup():
                global configured
                configured = True

            def outer():
                total = 0
                def inner():
                    nonlocal total
                    total += 1
                    return total
                return inner

            def check():
                return configured
            """);
        Assert.Equal(ResolutionKind.Global, Ref(model, "configured").Resolution);
        var total = Ref(model, "total", 1);
        Assert.Equal(ResolutionKind.Enclosing, total.Resolution);
        Assert.Equal("outer", total.Binding!.Scope.Name);
    }

    [Fact]
    public void Resolves_first_comprehension_iterable_in_enclosing_scope()
    {
        var model = Build("""
            class C:
                values = [1, 2]
                squares = [v * v for v in values]
            """);
        Assert.Equal(ResolutionKind.Local, Ref(model, "values").Resolution);
        Assert.Equal(ScopeKind.Class, Ref(model, "values").Scope.Kind);
        Assert.Equal(ResolutionKind.Local, Ref(model, "v").Resolution);
    }

    [Fact]
    public void Defers_annotations_under_future_import()
    {
        var model = Build("""
            from __future__ import annotations

            def make() -> Widget:
                return Widget()

            class Widget:
                pass
            """);
        Assert.Equal(ResolutionKind.Local, Ref(model, "Widget", 0).Resolution);
        Assert.True(Ref(model, "Widget", 0).Has(ReferenceFlags.Deferred));
        Assert.Equal(ResolutionKind.Global, Ref(model, "Widget", 1).Resolution);
    }

    [Fact]
    public void Reports_eager_annotation_before_definition()
    {
        var model = Build("""
            def make() -> Widget:
                return Widget()

            class Widget:
                pass
            """);
        Assert.Equal(ResolutionKind.Undefined, Ref(model, "Widget", 0).Resolution);
        Assert.Equal(ResolutionKind.Global, Ref(model, "Widget", 1).Resolution);
    }

    [Fact]
    public void Parses_string_annotations_and_points_into_them()
    {
        var model = Build("""
            def make(other: "Optional[Widget]") -> "Widget":
                return other

            class Widget:
                pass
            """);
        var widget = Ref(model, "Widget");
        Assert.Equal(ResolutionKind.Local, widget.Resolution);
        Assert.Equal(BindingKind.ClassDefinition, widget.Binding!.Kind);
        Assert.True(widget.Has(ReferenceFlags.StringAnnotation));
        Assert.Equal("Widget", model.Source.Text.Substring(widget.Span.Start, widget.Span.Length));
        Assert.Equal(ResolutionKind.Undefined, Ref(model, "Optional").Resolution);
    }

    [Fact]
    public void Ignores_literal_strings_in_annotations()
    {
        var model = Build("""
            from typing import Literal
            def mode(value: Literal["fast", "slow"]) -> None:
                pass
            """);
        Assert.DoesNotContain(model.References, r => r.Name is "fast" or "slow");
    }

    [Fact]
    public void Marks_type_checking_imports()
    {
        var model = Build("""
            from typing import TYPE_CHECKING
            if TYPE_CHECKING:
                from collections.abc import Sequence

            def first(items: "Sequence[int]") -> int:
                return items[0]
            """);
        var sequence = Ref(model, "Sequence");
        Assert.Equal(ResolutionKind.Local, sequence.Resolution);
        Assert.True(sequence.Binding!.Has(BindingFlags.TypeCheckingOnly));
        Assert.True(model.Imports.Single(i => i.Name == "Sequence").Has(ImportContext.TypeCheckingOnly));
    }

    [Fact]
    public void Resolves_pep695_type_parameters()
    {
        var model = Build("""
            class Box[T]:
                def get[U](self, default: U) -> T | U:
                    raise NotImplementedError

            type Pair[K] = tuple[K, Later]

            class Later:
                pass
            """);
        Assert.All(model.References.Where(r => r.Name is "T" or "U" or "K"), r => Assert.Equal(BindingKind.TypeParameter, r.Binding?.Kind));
        Assert.Equal(ResolutionKind.Enclosing, Ref(model, "T").Resolution);
        Assert.Equal(ResolutionKind.Local, Ref(model, "U").Resolution);
        Assert.Equal(ResolutionKind.Global, Ref(model, "Later").Resolution);
    }

    [Fact]
    public void Knows_dunder_class_in_methods_only()
    {
        var model = Build("""
            class C:
                def m(self):
                    return __class__

            def f():
                return __class__
            """);
        Assert.Equal(ResolutionKind.Implicit, Ref(model, "__class__", 0).Resolution);
        Assert.Equal(ResolutionKind.Undefined, Ref(model, "__class__", 1).Resolution);
    }

    [Fact]
    public void Treats_names_after_star_import_as_dynamic()
    {
        var model = Build("""
            from os.path import *
            print(join("a", "b"))
            """);
        Assert.Equal(ResolutionKind.Dynamic, Ref(model, "join").Resolution);
    }

    [Fact]
    public void Unbinds_deleted_names()
    {
        var model = Build("""
            x = 1
            del x
            print(x)
            if x:
                pass
            """);
        Assert.Equal(ResolutionKind.Undefined, Ref(model, "x", 1).Resolution);
    }

    [Fact]
    public void Binds_match_captures()
    {
        var model = Build("""
            def f(command):
                match command:
                    case {"go": direction, **rest}:
                        return direction, rest
                    case [first, *others] if first:
                        return others
                    case Point(x=px) as whole:
                        return px, whole
            """);
        foreach (var name in new[] { "direction", "rest", "others", "px", "whole", "first" })
        {
            Assert.Equal(ResolutionKind.Local, Ref(model, name).Resolution);
        }

        Assert.Equal(ResolutionKind.Undefined, Ref(model, "Point").Resolution);
    }

    [Fact]
    public void Reports_name_error_guarded_reads_with_their_flag()
    {
        var model = Build("""
            try:
                unicode
            except NameError:
                unicode = str
            """);
        var reference = Ref(model, "unicode");
        Assert.Equal(ResolutionKind.Undefined, reference.Resolution);
        Assert.True(reference.Has(ReferenceFlags.NameErrorGuarded));
    }

    [Theory]
    [InlineData("globals().update(Month.__members__)\nprint(FEBRUARY)\n")]
    [InlineData("for name in ('A', 'B'):\n    globals()[name] = name\nprint(A)\n")]
    [InlineData("exec('X = 1')\nprint(X)\n")]
    [InlineData("namespace = globals()\nnamespace['A'] = 1\nprint(A)\n")]
    [InlineData("import enum\n@enum.global_enum\nclass Flag(enum.IntFlag):\n    A = 1\nprint(A)\n")]
    [InlineData("import enum, sys\nclass Flags(enum.IntFlag):\n    pass\nFlags._convert_('Flags', __name__, lambda n: True)\nprint(OP_ALL)\n")]
    public void Treats_names_of_modules_that_write_their_globals_as_dynamic(string source)
    {
        var model = Build(source);
        Assert.True(model.HasDynamicGlobals);
        Assert.All(model.References.Where(r => r.Name is "FEBRUARY" or "A" or "X" or "OP_ALL"), r => Assert.Equal(ResolutionKind.Dynamic, r.Resolution));
    }

    [Fact]
    public void Keeps_reading_globals_static()
    {
        var model = Build("def has(name):\n    g = globals()\n    exec('z = 1', g, {})\n    return name in g\nexec(code, namespace)\nexec(code, globals(), {})\nimport sys\nsys.modules['other'] = sys\nprint(missing)\n");
        Assert.False(model.HasDynamicGlobals);
        Assert.True(model.InstallsModules);
        Assert.Equal(ResolutionKind.Undefined, Ref(model, "missing").Resolution);
    }

    [Fact]
    public void Reads_a_conditional_expression_in_evaluation_order()
    {
        var model = Build("import os\ndef f():\n    location = cwd if (cwd := os.getcwd()) != '/' else ''\n    return location\n");
        Assert.Equal(ResolutionKind.Local, Ref(model, "cwd").Resolution);
    }

    [Fact]
    public void Treats_a_name_declared_global_as_defined_in_the_module()
    {
        var model = Build("def script():\n    global w\n    return open(w)\n");
        Assert.Equal(ResolutionKind.Global, Ref(model, "w").Resolution);
    }
}
