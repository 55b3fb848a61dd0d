using KnowledgeBase.Core.Versions;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Versions;

public sealed class ProvisionIdentitiesTests
{
    private static readonly ProvisionIdentities Text = new(StoredOutline.Parse(
        "section sec_5 [V] {#residence}",
        "  article art_45 [45] {#temporary-residence-permit}",
        "    paragraph art_45__para_1 [45.1]",
        "      paragraph art_45__para_1.3-1 [45.1.3-1]",
        "  article art_46 [46]",
        "    paragraph art_46__para_2 [46.2]"));

    [Theory]
    [InlineData("art_45", "key:temporary-residence-permit")]
    [InlineData("art_45__para_1", "key:temporary-residence-permit/para_1")]
    [InlineData("art_45__para_1.3-1", "key:temporary-residence-permit/para_1.3-1")]
    [InlineData("art_46", "id:art_46")]
    [InlineData("art_46__para_2", "id:art_46/para_2")]
    [InlineData("sec_5", "key:residence")]
    public void A_provision_is_known_by_its_key_its_article_and_number_or_its_id(string eId, string identity)
    {
        Assert.Equal(identity, Text.IdentityOf(eId));
        Assert.Equal(eId, Text.Find(identity)?.EId);
    }

    [Fact]
    public void A_text_knows_nothing_of_a_provision_it_lacks()
    {
        Assert.Null(Text.IdentityOf("art_99"));
        Assert.Null(Text.Find("key:work-permit"));
    }
}
