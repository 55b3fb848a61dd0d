using CsCheck;
using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Search.Analysis;
using KnowledgeBase.Core.Search.Querying;
using KnowledgeBase.Core.Search.Snippets;
using KnowledgeBase.Core.Tests.Properties;

namespace KnowledgeBase.Core.Tests.Search.Snippets;

public sealed partial class SnippetCutterTests
{
    /// <summary>Generated texts of a few words (phrases broken and whole, stop words, stems, repeated words, escaped
    /// characters), long enough for several passages and sometimes for more than one read, against the queries readers
    /// type: every snippet is the one Lucene's highlighter cut.</summary>
    public sealed class Agreeing_with_Lucenes_highlighter
    {
        private static readonly Dictionary<string, (string[] Words, string[] Queries)> Languages = new()
        {
            ["en"] = (
                ["the", "permit", "permits", "of", "residence", "fee", "civil", "code", "a", "to", "and", "stateless", "person", "is", "due", "R&D", "<b>", "\"fees\""],
                ["permit", "permit fee", "\"civil code\"", "\"permit of residence\"", "permit -fee", "\"civil code\" permit", "permit OR code OR fee",
                    "\"residence permit\"~2", "code civil", "fee^3 OR permit"]),
            ["fr"] = (
                ["règlement", "grand-ducal", "du", "ministre", "de", "la", "justice", "l'employeur", "employeur", "code", "civil", "d'État", "conseil", "Art.", "12", "&"],
                ["\"règlement grand-ducal\"", "\"ministre de la justice\"", "employeur", "\"conseil d'état\" ministre", "code civil", "\"code civil\"",
                    "ministre -justice", "\"de la\""]),
            ["az"] = (
                ["maddə", "maddəsinin", "vətəndaşlıq", "icazə", "icazəsi", "və", "haqqında", "qanun", "Qanunun", "müvəqqəti", "İcazə"],
                ["icazə", "\"müvəqqəti icazə\"", "maddə qanun", "vetendasliq", "\"qanun maddə\""]),
            ["ru"] = (
                ["разрешение", "разрешения", "на", "работу", "в", "о", "гражданства", "статья", "закон", "временное", "Разрешение"],
                ["разрешение", "\"разрешение на работу\"", "закон -статья", "\"временное разрешение\"", "статья закон"]),
        };

        private static readonly Gen<string> Separator = Gen.Frequency((12, Gen.Const(" ")), (2, Gen.Const(", ")), (2, Gen.Const(". ")), (1, Gen.Const("; ")),
            (1, Gen.Const(" (")), (1, Gen.Const(") ")), (1, Gen.Const("\n\n")), (1, Gen.Const(" – ")));

        private static Gen<(string Language, string Query, string Text)> Case => Gen.OneOf(Languages.Keys.ToArray()).SelectMany(language =>
            Gen.Select(
                Gen.OneOf(Languages[language].Queries),
                Words(Gen.Select(Gen.OneOf(Languages[language].Words), Separator)),
                (query, words) => (language, query, string.Concat(words.Select(w => w.Item1 + w.Item2)))));

        // Mostly one or two passages, some of several, a few longer than the longest read.
        private static Gen<(string, string)[]> Words(Gen<(string, string)> word) =>
            Gen.Frequency((6, word.Array[1, 120]), (2, word.Array[120, 700]), (1, word.Array[1500, 2200]));

        [Fact]
        public void Marks_the_same_passage_and_words()
        {
            using var analyzer = new LanguageFieldAnalyzer();
            SeededSample.Run(Case, sample =>
            {
                var query = SearchQuery.Parse(sample.Query, [sample.Language], analyzer).ByLanguage[sample.Language];
                var field = IndexSchema.TextOf(sample.Language);
                var expected = LucenesHighlighter.Cut(query, field, analyzer, sample.Text);

                Assert.Equal(expected, SnippetCutter.Cut(query, field, analyzer, sample.Text));
                Assert.Equal(expected, SnippetCutter.Cut(query, field, analyzer, sample.Text, HighlightQuery.SingleMatchWords(query, field)));
            }, seed: "0000000000000000", iterations: 3000);
        }
    }
}
