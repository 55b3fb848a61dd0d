using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Search.Analysis;
using KnowledgeBase.Core.Search.Querying;
using KnowledgeBase.Core.Search.Snippets;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Tests.Search.Snippets;

public sealed partial class SnippetCutterTests
{
    private const string Sentence = "The authority keeps the register of decisions. ";

    private static readonly LanguageFieldAnalyzer Analyzer = new();

    /// <summary>The query as the search parses it for one language, cut over one text of that language.</summary>
    private static string Cut(string language, string query, string text)
    {
        var parsed = SearchQuery.Parse(query, [language], Analyzer).ByLanguage[language];
        var field = IndexSchema.TextOf(language);
        return SnippetCutter.Cut(parsed, field, Analyzer, text, HighlightQuery.SingleMatchWords(parsed, field));
    }

    private static string Filler(int sentences) => string.Concat(Enumerable.Repeat(Sentence, sentences));

    public sealed class Marking_words
    {
        public static TheoryData<string, string, string, string, string> Cases => new()
        {
            { "a word in any case", "en", "permit", "A Permit is issued.", "A <mark>Permit</mark> is issued." },
            { "a stemmed form", "en", "permits", "The permit lapses.", "The <mark>permit</mark> lapses." },
            { "a phrase only where it stands whole", "en", "\"civil code\"", "A civil servant applies the civil code; the code is civil.",
                "A civil servant applies the <mark>civil</mark> <mark>code</mark>; the code is civil." },
            { "a word and a phrase", "en", "servant \"civil code\"", "A civil servant applies the civil code.",
                "A civil <mark>servant</mark> applies the <mark>civil</mark> <mark>code</mark>." },
            { "not a word the query excludes", "en", "permit -fee", "The permit fee is due.", "The <mark>permit</mark> fee is due." },
            { "French with its elided article", "fr", "employeur", "L'employeur informe le salarié.", "<mark>L'employeur</mark> informe le salarié." },
            { "a French phrase across a hyphen", "fr", "\"règlement grand-ducal\"", "Vu le règlement grand-ducal du 5 mai; un règlement ministériel.",
                "Vu le <mark>règlement</mark> <mark>grand</mark>-<mark>ducal</mark> du 5 mai; un règlement ministériel." },
            { "French folded to ASCII", "fr", "etat", "Le Conseil d'État est saisi.", "Le Conseil <mark>d'État</mark> est saisi." },
            { "Azerbaijani typed without its letters", "az", "icaze", "Müvəqqəti icazə verilir.", "Müvəqqəti <mark>icazə</mark> verilir." },
            { "an Azerbaijani phrase", "az", "\"müvəqqəti icazə\"", "İcazə: müvəqqəti icazə verilir.", "İcazə: <mark>müvəqqəti</mark> <mark>icazə</mark> verilir." },
            { "a Russian stem", "ru", "разрешение", "Выдача разрешения на работу.", "Выдача <mark>разрешения</mark> на работу." },
            { "escaped text around a mark", "en", "fee", "Costs < 10 & \"stamp\" > 5: the fee.", "Costs &lt; 10 &amp; &quot;stamp&quot; &gt; 5: the <mark>fee</mark>." },
            { "a word split at an ampersand, marked in pieces", "en", "r&d", "Grants for R&D work.", "Grants for <mark>R</mark>&amp;<mark>D</mark> work." },
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Marks_what_the_query_asks_and_escapes_the_rest(string what, string language, string query, string text, string expected)
        {
            Assert.NotEmpty(what);
            Assert.Equal(expected, Cut(language, query, text));
        }

        [Fact]
        public void Marks_every_word_a_prefix_was_expanded_to()
        {
            // What HighlightQuery.Expand makes of naturalis* against an index holding both words.
            var field = IndexSchema.TextOf("fr");
            var expanded = new ConstantScoreQuery(new BooleanQuery
            {
                { new TermQuery(new Term(field, "naturalisation")), Occur.SHOULD },
                { new TermQuery(new Term(field, "naturalise")), Occur.SHOULD },
            });

            var snippet = SnippetCutter.Cut(expanded, field, Analyzer, "La naturalisation est refusée à qui n'est pas naturalisé ailleurs.");

            Assert.Equal("La <mark>naturalisation</mark> est refusée à qui n'est pas <mark>naturalisé</mark> ailleurs.", snippet);
        }
    }

    public sealed class Choosing_the_passage
    {
        [Fact]
        public void Shows_the_passage_with_the_most_different_words_with_ellipses_where_the_text_goes_on()
        {
            var text = Filler(6) + "A permit is needed. " + Filler(6) + "The permit fee is due. " + Filler(6);

            var snippet = Cut("en", "permit OR fee", text);

            Assert.StartsWith("…", snippet, StringComparison.Ordinal);
            Assert.EndsWith("…", snippet, StringComparison.Ordinal);
            Assert.Contains("The <mark>permit</mark> <mark>fee</mark>", snippet, StringComparison.Ordinal);
            Assert.DoesNotContain("A <mark>permit</mark> is needed", snippet, StringComparison.Ordinal);
        }

        [Fact]
        public void Shows_the_first_of_equally_good_passages()
        {
            var text = Filler(6) + "A permit is needed. " + Filler(6) + "The permit lapses. " + Filler(6);

            var snippet = Cut("en", "permit", text);

            Assert.Contains("A <mark>permit</mark> is needed", snippet, StringComparison.Ordinal);
            Assert.DoesNotContain("lapses", snippet, StringComparison.Ordinal);
        }

        [Fact]
        public void Shows_a_short_text_whole_without_ellipses() =>
            Assert.Equal("The <mark>permit</mark> lapses.", Cut("en", "permit", "  The permit lapses.  "));

        [Fact]
        public void Shows_about_a_passage_of_text()
        {
            var snippet = Cut("en", "permit", Filler(10) + "The permit lapses. " + Filler(10));

            Assert.InRange(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Length,
                SnippetCutter.Length / 2, SnippetCutter.Length * 3 / 2);
        }
    }

    public sealed class Reading_long_texts
    {
        [Fact]
        public void Marks_a_word_that_stands_beyond_the_first_reads()
        {
            var text = Filler(60) + "The permit lapses. " + Filler(10);

            Assert.True(text.IndexOf("permit", StringComparison.Ordinal) > SnippetCutter.FirstRead);
            Assert.Contains("The <mark>permit</mark> lapses.", Cut("en", "permit", text), StringComparison.Ordinal);
        }

        [Fact]
        public void Shows_the_opening_when_the_word_stands_beyond_what_is_read()
        {
            var text = Filler(SnippetCutter.MaxCharsRead / Sentence.Length + 1) + "The permit lapses.";

            Assert.Equal(SnippetCutter.Opening(text), Cut("en", "permit", text));
        }

        /// <summary>The phrase is moved through the text a sentence at a time, across where each early read stops (a
        /// passage cut short by a read is the case to catch) and beyond.</summary>
        public static TheoryData<int> SentencesBefore => [.. Enumerable.Range(0, 40)];

        [Theory]
        [MemberData(nameof(SentencesBefore))]
        public void Reading_early_for_one_phrase_gives_the_passage_a_full_read_gives(int sentencesBefore)
        {
            var field = IndexSchema.TextOf("en");
            var phrase = new PhraseQuery { new Term(field, "civil"), new Term(field, "code") };
            var text = Filler(sentencesBefore) + "The civil code applies to stateless persons and to refugees alike. " + Filler(60);

            var early = SnippetCutter.Cut(phrase, field, Analyzer, text, singleMatchWords: 2);

            Assert.Equal(SnippetCutter.Cut(phrase, field, Analyzer, text), early);
        }
    }

    public sealed class Texts_without_the_words
    {
        [Fact]
        public void Show_their_opening_when_the_query_asks_only_of_the_heading()
        {
            var heading = new TermQuery(new Term(IndexSchema.HeadingOf("en"), "permit"));
            var text = "The permit lapses. " + Filler(10);

            Assert.Equal(SnippetCutter.Opening(text), SnippetCutter.Cut(heading, IndexSchema.TextOf("en"), Analyzer, text));
        }

        [Fact]
        public void Show_their_opening_when_the_text_lacks_the_words()
        {
            var text = Filler(10);

            Assert.Equal(SnippetCutter.Opening(text), Cut("en", "permit", text));
        }

        [Fact]
        public void Show_their_opening_when_the_phrase_stands_only_in_pieces()
        {
            var text = "The civil servant reads the code. " + Filler(10);

            Assert.Equal(SnippetCutter.Opening(text), Cut("en", "\"civil code\"", text));
        }
    }
}
