using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Search.Snippets;
using Lucene.Net.Store;

namespace KnowledgeBase.Core.Tests.Search;

public sealed partial class SearchIndexTests
{
    /// <summary>National corpora have provisions of hundreds of thousands of characters; a snippet reads only the start of them.</summary>
    public sealed class LongTexts
    {
        private static readonly string Filler = string.Concat(Enumerable.Repeat("The authority keeps the register of decisions. ", 400));

        private static SearchHit Hit(string text, string query)
        {
            using var directory = new RAMDirectory();
            using (var writer = new SearchIndexWriter(directory))
            {
                writer.Add(new SearchEntry("migration-code", InstrumentKind.Code, "Migration Code", "2023-05-amended",
                    VersionStatus.InForce, Visibility.Public, new DateOnly(2023, 5, 1), true, "en", "art_45", "45",
                    "Long provision", text));
                writer.Commit();
            }
            using var index = SearchIndex.Open(directory);
            return Assert.Single(index.Search(new SearchRequest(query)).Hits);
        }

        [Fact]
        public void Marks_a_match_near_the_start_and_cuts_the_rest_with_an_ellipsis()
        {
            var hit = Hit("Refugees & stateless persons are exempt. " + Filler, "stateless");

            Assert.StartsWith("Refugees &amp; <mark>stateless</mark> persons", hit.Snippet, StringComparison.Ordinal);
            Assert.EndsWith("…", hit.Snippet, StringComparison.Ordinal);
            Assert.InRange(hit.Snippet.Length, 100, 300);
        }

        [Fact]
        public void Shows_the_opening_when_the_only_match_lies_beyond_what_is_read()
        {
            Assert.True(Filler.Length > SnippetCutter.MaxCharsRead);

            var hit = Hit(Filler + "Stateless persons are exempt.", "stateless");

            Assert.StartsWith("The authority keeps the register", hit.Snippet, StringComparison.Ordinal);
            Assert.DoesNotContain("<mark>", hit.Snippet, StringComparison.Ordinal);
            Assert.InRange(hit.Snippet.Length, 100, 300);
        }

        [Fact]
        public void Shows_a_phrase_where_its_words_stand_together_though_the_opening_holds_them_apart()
        {
            var opening = "The civil registrar applies the code of procedure. " + string.Concat(Enumerable.Repeat("The authority keeps the register of decisions. ", 50));
            Assert.InRange(opening.Length, SnippetCutter.FirstRead, SnippetCutter.MaxCharsRead - 100);

            var hit = Hit(opening + "The civil code applies to stateless persons.", "\"civil code\"");

            Assert.Contains("<mark>civil</mark> <mark>code</mark> applies to stateless persons", hit.Snippet, StringComparison.Ordinal);
            Assert.StartsWith("…", hit.Snippet, StringComparison.Ordinal);
        }

        [Fact]
        public void Shows_the_first_passage_with_the_phrase_when_the_opening_holds_it()
        {
            var text = "Refugees read the civil code first. " + Filler + "The civil code applies to stateless persons.";

            var hit = Hit(text, "\"civil code\"");

            Assert.StartsWith("Refugees read the <mark>civil</mark> <mark>code</mark> first.", hit.Snippet, StringComparison.Ordinal);
        }
    }
}
