using KnowledgeBase.Site;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Tests.Site;

public sealed class ParallelTextTests
{
    [Fact]
    public void Pairs_provisions_by_eId_in_the_order_of_the_left_text()
    {
        var english = StoredOutline.Parse("article art_1 [1]", "  paragraph art_1__para_1 [1.1]", "article art_2 [2]");
        var azerbaijani = StoredOutline.Parse("article art_1 [1]", "  paragraph art_1__para_1 [1.1]", "article art_2 [2]");

        var rows = ParallelText.Align(english, azerbaijani);

        Assert.Equal(["art_1", "art_1__para_1", "art_2"], rows.Select(r => r.EId));
        Assert.All(rows, r => Assert.Equal((r.EId, r.EId), (r.Left!.EId, r.Right!.EId)));
        Assert.Equal([0, 1, 0], rows.Select(r => r.Depth));
    }

    [Fact]
    public void A_provision_only_one_side_has_gets_an_empty_other_side_where_it_stands()
    {
        var english = StoredOutline.Parse("article art_10 [10]", "article art_10-1 [10-1]", "article art_11 [11]");
        var russian = StoredOutline.Parse("article art_10 [10]", "  paragraph art_10__para_4 [10.4]", "article art_11 [11]");

        var rows = ParallelText.Align(english, russian);

        Assert.Equal(["art_10", "art_10__para_4", "art_10-1", "art_11"], rows.Select(r => r.EId));
        Assert.Null(rows[1].Left);
        Assert.Equal("art_10__para_4", rows[1].Right!.EId);
        Assert.Equal("art_10-1", rows[2].Left!.EId);
        Assert.Null(rows[2].Right);
    }

    [Fact]
    public void Keeps_what_the_right_text_has_after_the_left_ends()
    {
        var rows = ParallelText.Align(StoredOutline.Parse("article art_1 [1]"), StoredOutline.Parse("article art_1 [1]", "article art_2 [2]"));

        Assert.Equal(["art_1", "art_2"], rows.Select(r => r.EId));
        Assert.Null(rows[1].Left);
    }
}
