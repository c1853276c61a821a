using ProdReady.Analysis.Rules.TestsWritten;

namespace ProdReady.Analysis.Tests.Rules.TestsWritten;

[Trait("Issue", "11")]
public sealed class SkipWithoutReasonTests
{
    [Fact]
    public void Reports_skips_and_xfails_without_a_reason()
    {
        using var tree = TestProject.Create()
            .File("tests/test_skip.py", """
                import sys

                import pytest


                @pytest.mark.skip
                def test_a():
                    assert 1


                @pytest.mark.skip(reason="needs the network")
                def test_b():
                    assert 1


                @pytest.mark.skipif(sys.platform == "win32")
                def test_c():
                    assert 1


                @pytest.mark.xfail
                def test_d():
                    assert 1


                @pytest.mark.xfail(reason="bug 12")
                def test_e():
                    assert 1


                def test_f():
                    pytest.skip()
                """);
        Assert.Equal(
            [
                "tests/test_skip.py:7 TST009 `test_a` is skipped without a reason",
                "tests/test_skip.py:17 TST009 `test_c` is skipped without a reason",
                "tests/test_skip.py:22 TST009 `test_d` is marked xfail without a reason",
                "tests/test_skip.py:31 TST009 `test_f` is skipped without a reason",
            ],
            TestProject.Check(tree, new SkipWithoutReason()));
    }

    [Fact]
    public void Reads_a_skip_mark_held_in_a_module_level_name()
    {
        using var tree = TestProject.Create()
            .File("tests/test_held.py", """
                import sys

                import pytest

                posix_only = pytest.mark.skipif(sys.platform == "win32")
                needs_git = pytest.mark.skipif(sys.platform == "win32", reason="needs git")
                broken = pytest.mark.xfail
                rebound = pytest.mark.skip
                if sys.platform == "win32":
                    rebound = pytest.mark.skip(reason="no fork")


                @posix_only
                def test_a():
                    assert 1


                @needs_git
                def test_b():
                    assert 1


                @broken
                def test_c():
                    assert 1


                @rebound
                def test_d():
                    assert 1
                """);

        // `rebound` is bound twice: which mark it holds depends on the platform, so it is not read as either.
        Assert.Equal(
            ["tests/test_held.py:14 TST009 `test_a` is skipped without a reason", "tests/test_held.py:24 TST009 `test_c` is marked xfail without a reason"],
            TestProject.Check(tree, new SkipWithoutReason()));
    }
}
