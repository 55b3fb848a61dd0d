using KnowledgeBase.Core.Storage;
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

    public sealed class Finding_a_provision_by_id
    {
        /// <summary>A later version: art_46 gained a key, art_47 came in, sec_5 lost its key, and art_45's part 1 moved to a section.</summary>
        private static readonly IReadOnlyList<StoredProvision> Later = StoredOutline.Parse(
            "section sec_5 [V]",
            "  article art_45 [45] {#temporary-residence-permit}",
            "    paragraph art_45__para_2 [45.2]",
            "  article art_46 [46] {#work-permit}",
            "    paragraph art_46__para_2 [46.2]",
            "  article art_47 [47]",
            "    paragraph art_47__para_1 [47.1]",
            "      paragraph art_47__para_1.1 [47.1.1]",
            "section art_45__para_1 [VI]");

        private static readonly IReadOnlyList<StoredProvision> Earlier = StoredOutline.Parse(
            "section sec_5 [V] {#residence}",
            "  article art_45 [45] {#temporary-residence-permit}",
            "    paragraph art_45__para_1 [45.1]",
            "  article art_46 [46]",
            "    paragraph art_46__para_2 [46.2]",
            "  article art_47 [47]",
            "    paragraph art_47__para_1 [47.1]",
            "      paragraph art_47__para_1.1 [47.1.1]");

        public static TheoryData<string> Identities() =>
        [
            "id:art_46", "id:art_46/para_2", "id:art_47", "id:art_47/para_1", "id:art_47/para_1.1", "id:sec_5",
            "id:art_45__para_1", "id:art_99", "id:art_99/para_1", "key:temporary-residence-permit/para_1",
        ];

        [Theory]
        [MemberData(nameof(Identities))]
        public void Finds_what_the_whole_text_finds_or_says_it_cannot(string identity)
        {
            foreach (var text in new[] { Earlier, Later })
            {
                var byEId = text.ToDictionary(p => p.EId);
                var whole = new ProvisionIdentities(text).Find(identity);

                if (ProvisionIdentities.TryFindById(identity, byEId.GetValueOrDefault, out var found))
                    Assert.Same(whole, found);
                else
                    Assert.StartsWith("key:", identity, StringComparison.Ordinal);
            }
        }

        [Theory]
        [InlineData("id:art_46", null)]
        [InlineData("id:art_46/para_2", null)]
        [InlineData("id:sec_5", "sec_5")]
        [InlineData("id:art_45__para_1", "art_45__para_1")]
        [InlineData("id:art_47/para_1.1", "art_47__para_1.1")]
        public void A_provision_that_gained_a_key_or_a_new_place_is_not_taken_for_the_old_one(string identity, string? expected)
        {
            var byEId = Later.ToDictionary(p => p.EId);

            Assert.True(ProvisionIdentities.TryFindById(identity, byEId.GetValueOrDefault, out var found));
            Assert.Equal(expected, found?.EId);
        }

        [Fact]
        public void A_keyed_identity_is_left_to_the_whole_text()
        {
            var byEId = Later.ToDictionary(p => p.EId);

            Assert.False(ProvisionIdentities.TryFindById("key:work-permit", byEId.GetValueOrDefault, out _));
            Assert.False(ProvisionIdentities.TryFindById("key:work-permit/para_2", byEId.GetValueOrDefault, out _));
        }
    }
}
