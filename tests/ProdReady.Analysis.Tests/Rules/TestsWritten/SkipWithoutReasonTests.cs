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
}
