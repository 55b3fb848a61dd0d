using KnowledgeBase.Core.Search.Analysis;
using Lucene.Net.Analysis.Core;

namespace KnowledgeBase.Core.Tests.Search.Analysis;

public sealed class AsciiFirstLowerCaseFilterTests
{
    public sealed class Lower_cases_as_Lucene_does
    {
        [Theory]
        [InlineData("Article ARTICLE art. 45.1 L'Employeur e-MAIL x_Y 2020")]
        [InlineData("MINISTÈRE Ministère ÉTAT État Œuvre ÆRØ STRAßE ẞ")]
        [InlineData("İSTANBUL İstanbul Istanbul ıi IĞDIR Məcəlləsi MÜVƏQQƏTİ")]
        [InlineData("ГРАЖДАНСТВО Гражданство ΣΟΦΟΣ Σοφός ΌΡΟΣ")]
        [InlineData("ABC\U00010400DEF \U0001D400BOLD ǅungla ǈ ǋ")]
        public void On_every_token_whatever_its_script(string text)
        {
            using var lucene = Analyzer(stream => new LowerCaseFilter(Lucene.Net.Util.LuceneVersion.LUCENE_48, stream));
            using var asciiFirst = Analyzer(stream => new AsciiFirstLowerCaseFilter(stream));

            Assert.Equal(Tokens.Of(lucene, text), Tokens.Of(asciiFirst, text));
        }

        // The characters past ASCII are lower-cased one at a time from a remembered mapping: every one of the Basic
        // Multilingual Plane, alone, after an ASCII capital and after an accented one, against Lucene's own call.
        [Fact]
        public void On_every_character_of_the_basic_plane()
        {
            var text = new System.Text.StringBuilder();
            for (var c = 0x80; c <= char.MaxValue; c++)
                if (!char.IsSurrogate((char)c))
                    text.Append((char)c).Append(" A").Append((char)c).Append(" É").Append((char)c).Append(' ');
            using var lucene = Analyzer(stream => new LowerCaseFilter(Lucene.Net.Util.LuceneVersion.LUCENE_48, stream));
            using var asciiFirst = Analyzer(stream => new AsciiFirstLowerCaseFilter(stream));

            Assert.Equal(Tokens.Of(lucene, text.ToString()), Tokens.Of(asciiFirst, text.ToString()));
        }
    }

    private static Lucene.Net.Analysis.Analyzer Analyzer(Func<Lucene.Net.Analysis.TokenStream, Lucene.Net.Analysis.TokenStream> filter) =>
        Lucene.Net.Analysis.Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new WhitespaceTokenizer(Lucene.Net.Util.LuceneVersion.LUCENE_48, reader);
            return new Lucene.Net.Analysis.TokenStreamComponents(source, filter(source));
        });
}
