using KnowledgeBase.Core.Search.Analysis;
using KnowledgeBase.Core.Search.Spelling;
using KnowledgeBase.Core.Tests.Search.Analysis;

namespace KnowledgeBase.Core.Tests.Search.Spelling;

public sealed class WrittenWordsTests
{
    private static string[] Cut(string text)
    {
        var words = new List<string>();
        WrittenWords.Each(text, new char[256], words, static (list, buffer, length) => list.Add(new string(buffer, 0, length)));
        return [.. words];
    }

    public sealed class Cuts_the_words_the_spelling_analyzer_gives
    {
        [Theory]
        [InlineData("Le ministre de la Justice est chargé de l'exécution du présent règlement grand-ducal.")]
        [InlineData("L'employeur qu'un salarié d'une entreprise aujourd’hui", "l'employeur", "qu'un")]
        [InlineData("Art. 45.1, alinéa 2, points 3,5 et 1'000; voir art.5 et e.g. a:b")]
        [InlineData("Müvəqqəti yaşamaq icazəsi — İNZİBATİ XƏTALAR Məcəlləsi, ŞƏXS ığdır")]
        [InlineData("Гражданство Российской Федерации; статья 45-1")]
        [InlineData("A permit's holder (e-mail: office@gov.lu) pays 1.5% — 2.000,50 EUR; x_y, 3rd, 2020-01-01")]
        [InlineData("naïve café, œuvre, Ærø, straße, İstanbul")]
        [InlineData("le para\u00ADgraphe 4 du dépar\u00ADtement ; ______ signé ___ _x x_ a_1")]
        [InlineData("")]
        [InlineData("  ... -- !! ")]
        public void For_the_scripts_of_legislation(string text, params string[] wholeWords)
        {
            using var analyzer = new SpellingAnalyzer();

            var expected = Tokens.Of(analyzer, text);
            Assert.Equal(expected, Cut(text));
            Assert.All(wholeWords, word => Assert.Contains(word, expected));
        }

        [Fact]
        public void Leaving_out_a_word_longer_than_the_tokenizer_keeps()
        {
            using var analyzer = new SpellingAnalyzer();
            var text = "court " + new string('a', 300) + " long";

            Assert.Equal(Tokens.Of(analyzer, text), Cut(text));
        }
    }
}
