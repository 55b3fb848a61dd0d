using KnowledgeBase.Core.Versions;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Versions;

public sealed class ProvisionHistoryTests
{
    // The 2011 cabinet draft and the 2013 parliament draft of the Migration Code, cut down: the 2013 draft inserted an article
    // on migration quotas before the residence articles, so everything after it moved up by one.
    private static readonly VersionProvisions CabinetDraft = new("2011-cabinet-draft", StoredOutline.Parse(
        "preamble preamble",
        "section sec_5 [V]",
        "  chapter chp_10 [10]",
        "    article art_43 [43] {#residence-general}",
        "    article art_44 [44] {#temporary-residence-permit}",
        "      paragraph art_44__para_1 [44.1]",
        "        paragraph art_44__para_1.3 [44.1.3]",
        "        paragraph art_44__para_1.4 [44.1.4]",
        "      paragraph art_44__para_2 [44.2]",
        "    article art_45 [45] {#trp-application}",
        "    article art_46 [46]",
        "    article art_47 [47] {#family-members}",
        "    article art_48 [48] {#transitional-fees}",
        "  chapter chp_11 [11]",
        "    article art_52 [52] {#foreigner-rights}",
        "division documents [] {#documents}"));

    private static readonly VersionProvisions ParliamentDraft = new("2013-04-parliament-draft", StoredOutline.Parse(
        "preamble preamble",
        "section sec_5 [V]",
        "  chapter chp_10 [10]",
        "    article art_44 [44] {#residence-general}",
        "    article art_45 [45] {#temporary-residence-permit}",
        "      paragraph art_45__para_1 [45.1]",
        "        paragraph art_45__para_1.3 [45.1.3]",
        "        paragraph art_45__para_1.3-1 [45.1.3-1]",
        "        paragraph art_45__para_1.4 [45.1.4]",
        "      paragraph art_45__para_2 [45.2]",
        "    article art_46 [46] {#trp-application}",
        "    article art_47 [47]",
        "  chapter chp_11 [11]",
        "    article art_52 [52] {#foreigner-rights}",
        "    article art_53 [53] {#family-members}",
        "division documents [] {#documents}"));

    private static readonly VersionProvisions[] Both = [CabinetDraft, ParliamentDraft];

    public sealed class Matching
    {
        [Theory]
        [InlineData("art_44", "art_45")]                     // renumbered: the key survives
        [InlineData("art_45", "art_46")]                     // renumbered
        [InlineData("art_44__para_1", "art_45__para_1")]     // a part of a renumbered article
        [InlineData("art_44__para_1.3", "art_45__para_1.3")] // a part renumbered with its article
        [InlineData("art_44__para_1.4", "art_45__para_1.4")] // a part after an inserted sibling keeps its number
        [InlineData("art_47", "art_53")]                     // moved to another chapter, and renumbered
        [InlineData("art_52", "art_52")]                     // unchanged
        [InlineData("sec_5", "sec_5")]                       // a section by its id
        [InlineData("chp_11", "chp_11")]                     // a chapter by its id
        [InlineData("preamble", "preamble")]
        [InlineData("documents", "documents")]               // a division by its key, which is its id
        [InlineData("art_48", null)]                         // dropped from the later draft
        [InlineData("art_46", null)]                         // no key: art_46 of the later draft is another article
        public void From_the_older_draft(string eId, string? expected)
        {
            var history = ProvisionHistory.Trace(eId, CabinetDraft, Both);

            Assert.Equal(eId, history[0].Provision?.EId);
            Assert.Equal(expected, history[1].Provision?.EId);
        }

        [Theory]
        [InlineData("art_45", "art_44")]
        [InlineData("art_45__para_1.3", "art_44__para_1.3")]
        [InlineData("art_45__para_1.3-1", null)]             // a part inserted by the later draft
        [InlineData("art_53", "art_47")]
        [InlineData("art_47", null)]                         // no key, and the older art_47 carries one
        public void From_the_newer_draft(string eId, string? expected)
        {
            var history = ProvisionHistory.Trace(eId, ParliamentDraft, Both);

            Assert.Equal(expected, history[0].Provision?.EId);
            Assert.Equal(eId, history[1].Provision?.EId);
        }

        [Fact]
        public void An_article_without_a_key_is_the_same_where_its_id_is_and_neither_carries_a_key()
        {
            var older = new VersionProvisions("a", StoredOutline.Parse("article art_5 [5]", "  paragraph art_5__para_1 [5.1]"));
            var newer = new VersionProvisions("b", StoredOutline.Parse("article art_5 [5]", "  paragraph art_5__para_1 [5.1]"));

            Assert.Equal("art_5", ProvisionHistory.Trace("art_5", older, [older, newer])[1].Provision?.EId);
            Assert.Equal("art_5__para_1", ProvisionHistory.Trace("art_5__para_1", older, [older, newer])[1].Provision?.EId);
        }

        [Fact]
        public void A_part_keeps_the_number_it_had_in_each_version()
        {
            var history = ProvisionHistory.Trace("art_45__para_1.3", ParliamentDraft, Both);

            Assert.Equal(["44.1.3", "45.1.3"], history.Select(h => h.Provision!.Num));
        }
    }

    public sealed class Shape
    {
        [Fact]
        public void Has_one_entry_per_version_in_the_order_given_with_the_missing_ones_marked()
        {
            var history = ProvisionHistory.Trace("art_48", CabinetDraft, [ParliamentDraft, CabinetDraft]);

            Assert.Equal(["2013-04-parliament-draft", "2011-cabinet-draft"], history.Select(h => h.Version));
            Assert.Equal([false, true], history.Select(h => h.Exists));
        }

        [Fact]
        public void Is_empty_for_a_provision_the_text_does_not_have()
        {
            Assert.Empty(ProvisionHistory.Trace("art_99", CabinetDraft, Both));
        }
    }
}
