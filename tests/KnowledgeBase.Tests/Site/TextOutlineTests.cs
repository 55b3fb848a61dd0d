using KnowledgeBase.Site;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Tests.Site;

public sealed class TextOutlineTests
{
    private static readonly IReadOnlyList<Core.Storage.StoredProvision> Text = StoredOutline.Parse(
        "preamble preamble",
        "section sec_5 [V]",
        "  chapter chp_10 [10]",
        "    article art_45 [45]",
        "      paragraph art_45__para_1 [45.1]",
        "        paragraph art_45__para_1.3 [45.1.3]",
        "      paragraph art_45__para_2 [45.2]",
        "    article art_46 [46]",
        "division documents []");

    [Fact]
    public void A_subtree_is_the_provision_and_everything_in_it_in_order()
    {
        Assert.Equal(["art_45", "art_45__para_1", "art_45__para_1.3", "art_45__para_2"], TextOutline.Subtree(Text, "art_45").Select(p => p.EId));
        Assert.Equal(["art_45__para_1.3"], TextOutline.Subtree(Text, "art_45__para_1.3").Select(p => p.EId));
        Assert.Empty(TextOutline.Subtree(Text, "art_99"));
    }

    [Fact]
    public void Ancestors_run_from_the_outermost()
    {
        Assert.Equal(["sec_5", "chp_10", "art_45", "art_45__para_1"], TextOutline.Ancestors(Text, "art_45__para_1.3").Select(p => p.EId));
        Assert.Empty(TextOutline.Ancestors(Text, "preamble"));
    }

    [Theory]
    [InlineData("preamble", 0)]
    [InlineData("sec_5", 0)]
    [InlineData("chp_10", 1)]
    [InlineData("art_45", 2)]
    [InlineData("art_45__para_1", 3)]
    [InlineData("art_45__para_1.3", 3)] // parts have no heading of their own, so a part in a part is no deeper
    [InlineData("documents", 0)]
    public void A_heading_depth_counts_the_headed_provisions_around(string eId, int depth)
    {
        Assert.Equal(depth, TextOutline.HeadingDepths(Text)[eId]);
    }
}
