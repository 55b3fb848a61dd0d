using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions.Comparing;
using KnowledgeBase.Site;
using KnowledgeBase.Site.Comparing;
using KnowledgeBase.Testing;
using Microsoft.AspNetCore.Http;

namespace KnowledgeBase.Tests.Site.Comparing;

public sealed class ComparativeTableTests
{
    private static readonly UiLanguage English = new(new HttpContextAccessor());

    private static readonly StoredInstrument Code = new()
    {
        Id = "migration-code",
        Title = new() { ["en"] = "Migration Code", ["az"] = "Miqrasiya Məcəlləsi" },
        Notice = new() { ["en"] = "Unofficial text." },
    };

    private static readonly StoredVersion Adopted = new() { Slug = "migration-code", Label = "2013-07-adopted", Date = "2013-07-02", Languages = ["en", "az"] };
    private static readonly StoredVersion Amended = new() { Slug = "migration-code", Label = "2014-10-amended", Date = "2014-10-17", Languages = ["en", "az"] };

    /// <summary>A text from outline lines (see <see cref="StoredOutline"/>), each with its own words.</summary>
    private static IReadOnlyList<StoredProvision> Text(params (string Line, string Words)[] lines)
    {
        var text = StoredOutline.Parse([.. lines.Select(l => l.Line)]);
        foreach (var (provision, words) in text.Zip(lines.Select(l => l.Words)))
            provision.Text = words;
        return text;
    }

    private static readonly (string, string)[] Registration =
    [
        ("chapter chp_3 [3] \"Chapter 3. Stay\"", ""),
        ("  article art_20 [20] {#stay} \"Article 20. Temporary stay\"", "A foreigner may stay temporarily for ninety days."),
        ("  article art_21 [21] {#registration} \"Article 21. Registration at the place of stay\"", ""),
        ("    paragraph art_21__para_1 [21.1] \"21.1.\"", "A foreigner registers at the place of stay within 3 days of arrival."),
        ("    paragraph art_21__para_2 [21.2] \"21.2.\"", "Registration is free of charge."),
    ];

    private static ComparativeTable TableOf(IReadOnlyList<StoredProvision> from, IReadOnlyList<StoredProvision> to) =>
        ComparativeTable.Of(Code, Adopted, Amended, "en", from, to, ProvisionAligner.Compare(from, to), English);

    private static string Proposed(ComparativeTableRow row, DiffRunKind kind) =>
        string.Concat(row.Proposed.Runs.Where(r => r.Kind == kind).Select(r => r.Text));

    public sealed class Rows
    {
        [Fact]
        public void An_amended_part_is_one_row_and_its_unchanged_article_and_neighbours_are_left_out()
        {
            var to = Text(Registration);
            to[3].Text = "A foreigner registers at the place of stay within 10 days of arrival.";

            var table = TableOf(Text(Registration), to);

            var row = Assert.Single(table.Rows);
            Assert.Equal((ChangeKind.Modified, "art_21__para_1", "Amended"), (row.Kind, row.ToEId, row.Note));
            Assert.Equal("21.1. A foreigner registers at the place of stay within 3 days of arrival.", row.Current);
            Assert.Equal(("3", "10"), (Proposed(row, DiffRunKind.Deleted), Proposed(row, DiffRunKind.Inserted)));
        }

        [Fact]
        public void A_new_article_is_one_row_with_its_parts_inside_and_no_current_wording()
        {
            var to = Text([.. Registration,
                ("  article art_21-1 [21-1] \"Article 21-1. Registration of minors\"", ""),
                ("    paragraph art_21-1__para_1 [21-1.1] \"21-1.1.\"", "A minor is registered by a parent.")]);

            var table = TableOf(Text(Registration), to);

            var row = Assert.Single(table.Rows);
            Assert.Equal((ChangeKind.Added, null, "art_21-1", "New article", ""), (row.Kind, row.FromEId, row.ToEId, row.Note, row.Current));
            Assert.Equal("Article 21-1. Registration of minors\n21-1.1. A minor is registered by a parent.", Proposed(row, DiffRunKind.Inserted));
        }

        [Fact]
        public void A_new_part_is_noted_as_a_part_and_a_repealed_one_shows_its_old_wording_struck()
        {
            var to = Text([.. Registration.Where(l => !l.Item1.Contains("para_2", StringComparison.Ordinal)),
                ("    paragraph art_21__para_3 [21.3] \"21.3.\"", "A hotel registers its guests itself.")]);

            var table = TableOf(Text(Registration), to);

            // Both stand in the place of 21.2, so their order among themselves is not part of the contract.
            Assert.Equal([("New part", "", "21.3. A hotel registers its guests itself."), ("Repealed", "21.2. Registration is free of charge.", "")],
                table.Rows.Select(r => (r.Note, Proposed(r, DiffRunKind.Deleted), Proposed(r, DiffRunKind.Inserted))).OrderBy(r => r.Note, StringComparer.Ordinal));
        }

        [Fact]
        public void An_article_pushed_down_by_an_insertion_says_which_number_it_had_and_only_its_label_changes()
        {
            var to = Text([
                ("chapter chp_3 [3] \"Chapter 3. Stay\"", ""),
                ("  article art_20 [20] \"Article 20. Visa-free stay\"", "Citizens of neighbouring states stay without a visa."),
                ("  article art_21 [21] {#stay} \"Article 21. Temporary stay\"", "A foreigner may stay temporarily for ninety days."),
                ("  article art_22 [22] {#registration} \"Article 22. Registration at the place of stay\"", ""),
                ("    paragraph art_22__para_1 [22.1] \"22.1.\"", "A foreigner registers at the place of stay within 3 days of arrival."),
                ("    paragraph art_22__para_2 [22.2] \"22.2.\"", "Registration is free of charge."),
            ]);

            var table = TableOf(Text(Registration), to);

            Assert.Equal(["New article", "Renumbered from 20", "Renumbered from 21"], table.Rows.Select(r => r.Note));
            var renumbered = table.Rows[1];
            Assert.Equal(("20", "21"), (Proposed(renumbered, DiffRunKind.Deleted), Proposed(renumbered, DiffRunKind.Inserted)));
        }

        [Fact]
        public void Two_identical_texts_have_no_rows()
        {
            Assert.Empty(TableOf(Text(Registration), Text(Registration)).Rows);
        }
    }

    public sealed class Naming
    {
        [Fact]
        public void The_title_subtitle_and_notice_name_the_instrument_and_both_versions_with_their_dates()
        {
            var table = TableOf(Text(Registration), Text(Registration));

            Assert.Equal("Migration Code", table.Title);
            Assert.Equal("Comparative table: 2013-07-adopted (2 July 2013) → 2014-10-amended (17 October 2014)", table.Subtitle(English));
            Assert.Equal("Unofficial text.", table.Notice);
        }

        [Theory]
        [InlineData("en", "migration-code-2013-07-adopted-to-2014-10-amended.docx")]
        [InlineData("az", "migration-code-2013-07-adopted-to-2014-10-amended-az.docx")]
        public void The_document_is_named_after_the_instrument_and_the_two_versions(string language, string fileName)
        {
            var text = Text(Registration);
            var table = ComparativeTable.Of(Code, Adopted, Amended, language, text, text, ProvisionAligner.Compare(text, text), English);

            Assert.Equal(fileName, table.FileName);
        }
    }
}
