using KnowledgeBase.Testing;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Core.Tests.Versions.Comparing;

public class ProvisionAlignerTests
{
    private static readonly string[] Subjects =
    [
        "visas", "borders", "transit", "registration", "employment", "students", "families", "quotas", "fees", "passports",
        "interpreters", "carriers", "detention", "appeals", "readmission", "statistics", "databases", "inspections", "refugees", "asylum",
        "stateless", "trafficking",
    ];

    private static string[] Articles(IEnumerable<(int Num, string Subject)> articles) =>
        [.. articles.Select(a => $"article art_{a.Num} [{a.Num}] \"Rules on {a.Subject}\" : The migration service keeps the register of {a.Subject} and publishes it.")];

    public class Renumbering
    {
        private static readonly IReadOnlyList<StoredProvision> Before = StoredOutline.ParseWithHeadings(Articles(Subjects.Select((s, i) => (i + 1, s))));

        // Article 3 is inserted: the twenty articles after it move up by one.
        private static readonly IReadOnlyList<StoredProvision> After = StoredOutline.ParseWithHeadings(
        [
            .. Articles(Subjects.Take(2).Select((s, i) => (i + 1, s))),
            "article art_3 [3] \"Labour migration quota\" : The Cabinet of Ministers sets a yearly quota.",
            .. Articles(Subjects.Skip(2).Select((s, i) => (i + 4, s))),
        ]);

        [Fact]
        public void An_insertion_renumbers_the_articles_after_it_instead_of_removing_and_adding_them()
        {
            var comparison = ProvisionAligner.Compare(Before, After);

            Assert.Equal(
            [
                "unchanged art_1 -> art_1", "unchanged art_2 -> art_2", "added art_3",
                .. Enumerable.Range(3, 20).Select(n => $"renumbered art_{n} -> art_{n + 1}"),
            ], ChangeNotation.Of(comparison));
            Assert.Equal(new ComparisonSummary(Unchanged: 2, Modified: 0, Renumbered: 20, Moved: 0, Added: 1, Removed: 0, Split: 0, Merged: 0), comparison.Summary);
        }

        [Fact]
        public void Renumbered_articles_keep_their_old_and_new_numbers()
        {
            var change = ProvisionAligner.Compare(Before, After).Changes.Single(c => c.FromEId == "art_22");

            Assert.Equal(("22", "23", 1.0), (change.FromNum, change.ToNum, change.Similarity));
        }

        [Fact]
        public void Ignoring_renumbering_counts_them_as_unchanged()
        {
            var comparison = ProvisionAligner.Compare(Before, After, new ComparisonOptions(IgnoreRenumbering: true));

            Assert.Equal((22, 0, 1), (comparison.Summary.Unchanged, comparison.Summary.Renumbered, comparison.Summary.Added));
        }

        [Fact]
        public void Articles_without_headings_are_recognised_by_their_text()
        {
            var before = StoredOutline.ParseWithHeadings(Articles(Subjects.Select((s, i) => (i + 1, s))).Select(WithoutHeading).ToArray());
            var after = StoredOutline.ParseWithHeadings(After.Select(p => $"article {p.EId} [{p.Num}] : {TextOf(p.EId, After)}").ToArray());

            var comparison = ProvisionAligner.Compare(before, after);

            Assert.Equal((2, 20, 1, 0), (comparison.Summary.Unchanged, comparison.Summary.Renumbered, comparison.Summary.Added, comparison.Summary.Removed));
        }

        private static string WithoutHeading(string line) => System.Text.RegularExpressions.Regex.Replace(line, "\"[^\"]*\" ", "");

        private static string TextOf(string eId, IReadOnlyList<StoredProvision> text) => text.Single(p => p.EId == eId).Text;
    }

    public class Moves
    {
        [Fact]
        public void A_chapter_moved_to_another_section_is_moved_and_its_articles_are_not()
        {
            var before = StoredOutline.ParseWithHeadings(
                "section sec_1 [I] \"General provisions\"",
                "  chapter chp_1 [1] \"Scope\"",
                "    article art_1 [1] \"Scope of this Code\" : This Code governs entry and exit.",
                "  chapter chp_2 [2] \"Migration quota\"",
                "    article art_2 [2] \"Setting the quota\" : The Cabinet sets the quota each year.",
                "section sec_2 [II] \"Labour migration\"",
                "  chapter chp_3 [3] \"Work permits\"",
                "    article art_3 [3] \"Work permit\" : A foreigner works on the basis of a work permit.");
            var after = StoredOutline.ParseWithHeadings(
                "section sec_1 [I] \"General provisions\"",
                "  chapter chp_1 [1] \"Scope\"",
                "    article art_1 [1] \"Scope of this Code\" : This Code governs entry and exit.",
                "section sec_2 [II] \"Labour migration\"",
                "  chapter chp_2 [2] \"Migration quota\"",
                "    article art_2 [2] \"Setting the quota\" : The Cabinet sets the quota each year.",
                "  chapter chp_3 [3] \"Work permits\"",
                "    article art_3 [3] \"Work permit\" : A foreigner works on the basis of a work permit.");

            Assert.Equal(
            [
                "unchanged sec_1 -> sec_1", "unchanged chp_1 -> chp_1", "unchanged art_1 -> art_1",
                "unchanged sec_2 -> sec_2", "moved chp_2 -> chp_2", "unchanged art_2 -> art_2",
                "unchanged chp_3 -> chp_3", "unchanged art_3 -> art_3",
            ], ChangeNotation.Of(ProvisionAligner.Compare(before, after)));
        }
    }

    public class SplitsAndMerges
    {
        [Fact]
        public void An_article_split_in_two_appears_once_per_resulting_article()
        {
            var before = StoredOutline.ParseWithHeadings(
                "article art_1 [1] \"Administrative expulsion\"",
                "  paragraph art_1__para_1 [1.1] : Expulsion is ordered by a court on the application of the migration service.",
                "  paragraph art_1__para_2 [1.2] : No one is expelled to a state where he or she faces a risk of torture.",
                "  paragraph art_1__para_3 [1.3] : The person may appeal against the decision on expulsion within ten days of its delivery.",
                "  paragraph art_1__para_4 [1.4] : The appeal suspends the execution of the decision.");
            var after = StoredOutline.ParseWithHeadings(
                "article art_1 [1] \"Administrative expulsion\"",
                "  paragraph art_1__para_1 [1.1] : Expulsion is ordered by a court on the application of the migration service.",
                "  paragraph art_1__para_2 [1.2] : No one is expelled to a state where he or she faces a risk of torture.",
                "article art_2 [2] \"Appeal against expulsion\"",
                "  paragraph art_2__para_1 [2.1] : The person may appeal against the decision on expulsion within ten days of its delivery.",
                "  paragraph art_2__para_2 [2.2] : The appeal suspends the execution of the decision.");

            Assert.Equal(
            [
                "split art_1 -> art_1", "unchanged art_1__para_1 -> art_1__para_1", "unchanged art_1__para_2 -> art_1__para_2",
                "split art_1 -> art_2", "renumbered art_1__para_3 -> art_2__para_1", "renumbered art_1__para_4 -> art_2__para_2",
            ], ChangeNotation.Of(ProvisionAligner.Compare(before, after)));
        }

        [Fact]
        public void Two_articles_merged_into_one_appear_once_per_former_article()
        {
            var before = StoredOutline.ParseWithHeadings(
                "article art_1 [1] \"State duty\" : A state duty is paid for issuing a residence permit.",
                "article art_2 [2] \"Paying the duty\" : The duty is paid before the application is filed, by bank transfer.",
                "article art_3 [3] \"Entry into force\" : This Code enters into force on the day of its publication.");
            var after = StoredOutline.ParseWithHeadings(
                "article art_1 [1] \"State duty\" : A state duty is paid for issuing a residence permit. Paying the duty: it is paid before the application is filed, by bank transfer.",
                "article art_2 [2] \"Entry into force\" : This Code enters into force on the day of its publication.");

            Assert.Equal(
                ["merged art_1 -> art_1", "merged art_2 -> art_1", "renumbered art_3 -> art_2"],
                ChangeNotation.Of(ProvisionAligner.Compare(before, after)));
        }
    }

    public class Citations
    {
        private static readonly IReadOnlyList<StoredProvision> Before = StoredOutline.ParseWithHeadings(
            "article art_1 [1] \"Definitions\" : Terms have the meanings given in this Code.",
            "article art_2 [2] \"Registration\" : A foreigner registers within 3 days, in the manner set in Article 3.",
            "article art_3 [3] \"Place of stay\" : The place of stay is the address given in 2.1.");

        // Article 2 is inserted; the citations in what are now Articles 3 and 4 are updated for the new numbers.
        private static readonly IReadOnlyList<StoredProvision> After = StoredOutline.ParseWithHeadings(
            "article art_1 [1] \"Definitions\" : Terms have the meanings given in this Code.",
            "article art_2 [2] \"Quota\" : The Cabinet of Ministers sets a yearly quota.",
            "article art_3 [3] \"Registration\" : A foreigner registers within 3 days, in the manner set in Article 4.",
            "article art_4 [4] \"Place of stay\" : The place of stay is the address given in 3.1.");

        [Fact]
        public void A_citation_updated_for_the_new_number_is_no_change_when_renumbering_is_ignored()
        {
            var comparison = ProvisionAligner.Compare(Before, After, new ComparisonOptions(IgnoreRenumbering: true));

            Assert.Equal(["unchanged art_1 -> art_1", "added art_2", "unchanged art_2 -> art_3", "unchanged art_3 -> art_4"], ChangeNotation.Of(comparison));
        }

        [Fact]
        public void A_citation_updated_for_the_new_number_is_a_text_change_otherwise()
        {
            var change = ProvisionAligner.Compare(Before, After).Changes.Single(c => c.FromEId == "art_2");

            Assert.Equal(ChangeKind.Renumbered, change.Kind);
            Assert.True(change.Similarity < 1);
        }

        [Fact]
        public void A_changed_period_is_still_a_change_when_renumbering_is_ignored()
        {
            var amended = StoredOutline.ParseWithHeadings(
                "article art_1 [1] \"Definitions\" : Terms have the meanings given in this Code.",
                "article art_2 [2] \"Registration\" : A foreigner registers within 10 days, in the manner set in Article 3.",
                "article art_3 [3] \"Place of stay\" : The place of stay is the address given in 2.1.");

            var change = ProvisionAligner.Compare(Before, amended, new ComparisonOptions(IgnoreRenumbering: true)).Changes.Single(c => c.FromEId == "art_2");

            Assert.Equal(ChangeKind.Modified, change.Kind);
        }
    }

    public class Parts
    {
        [Fact]
        public void A_part_inserted_inside_an_article_renumbers_the_part_after_it()
        {
            var before = StoredOutline.ParseWithHeadings(
                "article art_45 [45] {#trp} \"Temporary residence permit\"",
                "  paragraph art_45__para_1 [45.1] : A temporary residence permit is issued to a foreigner who:",
                "    paragraph art_45__para_1_1 [45.1.1] : works under a work permit;",
                "    paragraph art_45__para_1_2 [45.1.2] : studies full time at an institution;",
                "    paragraph art_45__para_1_3 [45.1.3] : is a family member of a citizen.");
            var after = StoredOutline.ParseWithHeadings(
                "article art_46 [46] {#trp} \"Temporary residence permit\"",
                "  paragraph art_46__para_1 [46.1] : A temporary residence permit is issued to a foreigner who:",
                "    paragraph art_46__para_1_1 [46.1.1] : works under a work permit;",
                "    paragraph art_46__para_1_2 [46.1.2] : studies full time at an institution;",
                "    paragraph art_46__para_1_3 [46.1.3] : has invested in the economy of the country;",
                "    paragraph art_46__para_1_4 [46.1.4] : is a family member of a citizen.");

            Assert.Equal(
            [
                "renumbered art_45 -> art_46",
                "unchanged art_45__para_1 -> art_46__para_1",
                "unchanged art_45__para_1_1 -> art_46__para_1_1",
                "unchanged art_45__para_1_2 -> art_46__para_1_2",
                "added art_46__para_1_3",
                "renumbered art_45__para_1_3 -> art_46__para_1_4",
            ], ChangeNotation.Of(ProvisionAligner.Compare(before, after)));
        }

        [Fact]
        public void A_removed_part_is_listed_where_it_stood()
        {
            var before = StoredOutline.ParseWithHeadings(
                "article art_1 [1] \"Fees\"",
                "  paragraph art_1__para_1 [1.1] : A fee is paid for a permit.",
                "  paragraph art_1__para_2 [1.2] : The fee is paid in cash.",
                "  paragraph art_1__para_3 [1.3] : Refugees pay no fee.");
            var after = StoredOutline.ParseWithHeadings(
                "article art_1 [1] \"Fees\"",
                "  paragraph art_1__para_1 [1.1] : A fee is paid for a permit.",
                "  paragraph art_1__para_2 [1.2] : Refugees pay no fee.");

            Assert.Equal(
            [
                "modified art_1 -> art_1", "unchanged art_1__para_1 -> art_1__para_1",
                "removed art_1__para_2", "renumbered art_1__para_3 -> art_1__para_2",
            ], ChangeNotation.Of(ProvisionAligner.Compare(before, after)));
        }
    }

    public class Options
    {
        private static readonly IReadOnlyList<StoredProvision> Before = StoredOutline.ParseWithHeadings(
            "article art_1 [1] \"Entry\" : A foreigner enters the country with a visa, save as this Code provides otherwise.");
        private static readonly IReadOnlyList<StoredProvision> Respaced = StoredOutline.ParseWithHeadings(
            "article art_1 [1] \"Entry\" : A foreigner enters the country with a visa save as this Code  provides otherwise");

        [Theory]
        [InlineData(false, ChangeKind.Modified)]
        [InlineData(true, ChangeKind.Unchanged)]
        public void Whitespace_and_punctuation_count_unless_ignored(bool ignore, ChangeKind expected)
        {
            var change = ProvisionAligner.Compare(Before, Respaced, new ComparisonOptions(IgnoreWhitespaceAndPunctuation: ignore)).Changes.Single();

            Assert.Equal(expected, change.Kind);
        }
    }

    public class Similarity
    {
        /// <summary>Dice's coefficient over all the words of both readings (heading "Fees" included), whatever their common ends.</summary>
        [Theory]
        [InlineData("Registration is free of charge within three days of arrival.", "Registration is free of charge within ten days of arrival.", 0.91)]
        [InlineData("A fee is paid. It is paid before filing.", "A fee is paid. It is paid before filing, by transfer.", 0.91)]
        [InlineData("REGISTRATION IS FREE.", "Registration is free.", 0.99)]
        [InlineData("The fee is paid in manats; the fee is paid once.", "The fee is paid once; the fee is paid in manats.", 0.99)]
        [InlineData("Əcnəbi 3 gün ərzində qeydiyyata alınır.", "Əcnəbi 10 gün ərzində qeydiyyatdan keçir.", 0.57)]
        public void Counts_every_word_of_both_texts_not_only_those_between_their_common_ends(string before, string after, double expected)
        {
            var change = ProvisionAligner.Compare(
                StoredOutline.ParseWithHeadings($"article art_1 [1] \"Fees\" : {before}"),
                StoredOutline.ParseWithHeadings($"article art_1 [1] \"Fees\" : {after}")).Changes.Single();

            Assert.Equal((ChangeKind.Modified, expected), (change.Kind, change.Similarity));
        }
    }
}
