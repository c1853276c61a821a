using ProdReady.Core.Collections;

namespace ProdReady.Core.Tests.Collections;

/// <summary>Lists that may be absent read as their items, or as none, without a list made for the absent one.</summary>
public sealed class OptionalItemsTests
{
    [Fact]
    public void A_list_reads_as_its_items_in_order()
    {
        List<string>? list = ["b", "a", "b"];

        Assert.Equal(["b", "a", "b"], list.ItemsOrNone().ToArray());
    }

    [Fact]
    public void An_absent_list_and_an_empty_one_read_as_no_items()
    {
        List<int>? absent = null;
        List<int>? empty = [];

        Assert.True(absent.ItemsOrNone().IsEmpty);
        Assert.True(empty.ItemsOrNone().IsEmpty);
    }

    [Fact]
    public void Reading_an_absent_list_makes_nothing()
    {
        List<string>? absent = null;
        var count = 0;
        foreach (var item in absent.ItemsOrNone())
        {
            count += item.Length;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            foreach (var item in absent.ItemsOrNone())
            {
                count += item.Length;
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(0, count);
    }
}
