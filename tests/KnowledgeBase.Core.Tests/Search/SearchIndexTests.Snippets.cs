using KnowledgeBase.Core.Search;

namespace KnowledgeBase.Core.Tests.Search;

public sealed partial class SearchIndexTests
{
    public sealed class Snippets(SampleIndex sample) : IClassFixture<SampleIndex>
    {
        private SearchHit Single(string query, string language, string instrument) =>
            Assert.Single(sample.Search(query, language: language, instrument: instrument).Hits,
                hit => hit.EId != "art_46");

        [Theory]
        [InlineData("icaze", "<mark>icazə</mark>")]
        [InlineData("İCAZ*", "<mark>icazə</mark>")]
        [InlineData("vetendasligi", "<mark>vətəndaşlığı</mark>")]
        public void Marks_the_matched_word_and_keeps_azerbaijani_letters(string query, string marked)
        {
            var hit = Single(query, "az", "migration-code");

            Assert.Contains(marked, hit.Snippet, StringComparison.Ordinal);
            Assert.Contains("Əcnəbilərə", hit.Snippet, StringComparison.Ordinal);
            Assert.DoesNotContain("&#", hit.Snippet, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("permits", "en", "<mark>permit</mark>")]
        [InlineData("разрешения", "ru", "<mark>Разрешение</mark>")]
        public void Marks_the_stemmed_form_found_in_the_text(string query, string language, string marked) =>
            Assert.Contains(marked, Single(query, language, "migration-code").Snippet, StringComparison.Ordinal);

        [Fact]
        public void Escapes_the_text_around_the_marks()
        {
            var hit = Assert.Single(sample.Search("fees", language: "en").Hits);

            Assert.Contains("<mark>Fees</mark> &amp; charges", hit.Snippet, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("refugees", "…", "<mark>Refugees</mark> are exempt from registration.")]
        [InlineData("register", "Foreigners <mark>register</mark>", "…")]
        public void Shows_with_ellipses_where_a_long_text_was_cut(string query, string start, string end)
        {
            var hit = Assert.Single(sample.Search(query, language: "en").Hits);

            Assert.StartsWith(start, hit.Snippet, StringComparison.Ordinal);
            Assert.EndsWith(end, hit.Snippet, StringComparison.Ordinal);
            Assert.InRange(hit.Snippet.Length, 100, 300);
        }

        [Fact]
        public void Falls_back_to_the_opening_of_the_text_when_only_the_heading_matched()
        {
            var hit = Assert.Single(sample.Search("documents", language: "en").Hits);

            Assert.StartsWith("The applicant submits a passport", hit.Snippet, StringComparison.Ordinal);
            Assert.Contains("Fees &amp; charges", hit.Snippet, StringComparison.Ordinal);
            Assert.DoesNotContain("<mark>", hit.Snippet, StringComparison.Ordinal);
        }

        [Fact]
        public void Holds_no_markup_but_mark()
        {
            foreach (var hit in sample.Search("icaze OR permit OR fees OR разрешение", version: "all").Hits)
            {
                var withoutMarks = hit.Snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
                Assert.DoesNotContain('<', withoutMarks);
                Assert.DoesNotContain('>', withoutMarks);
            }
        }

        [Fact]
        public void Gives_the_stored_heading()
        {
            var hit = Single("icaze", "az", "migration-code");

            Assert.Equal("Müvəqqəti yaşamaq üçün icazə", hit.Heading);
        }
    }
}
