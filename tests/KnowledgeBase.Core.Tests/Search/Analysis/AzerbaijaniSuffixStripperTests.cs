using KnowledgeBase.Core.Search.Analysis;
using Lucene.Net.Analysis.Core;

namespace KnowledgeBase.Core.Tests.Search.Analysis;

public sealed class AzerbaijaniSuffixStripperTests
{
    /// <summary>Runs one written word through folding and stripping, as the analyzer does (Lucene's CheckOneTerm).</summary>
    private static string StemOf(string written) =>
        Tokens.Of(new AzerbaijaniStemFilter(new AzerbaijaniFoldingFilter(new KeywordTokenizer(new StringReader(written))))).Single();

    public sealed class Forms_of_one_word_meet_at_one_stem
    {
        [Theory]
        [InlineData("maddə", "mad")]
        [InlineData("maddəsi", "mad")]
        [InlineData("maddəsinin", "mad")]
        [InlineData("maddəsində", "mad")]
        [InlineData("maddəsinə", "mad")]
        [InlineData("maddəsindən", "mad")]
        [InlineData("maddənin", "mad")]
        [InlineData("maddəni", "mad")]
        [InlineData("maddəyə", "mad")]
        [InlineData("maddədə", "mad")]
        [InlineData("maddələr", "mad")]
        [InlineData("maddələri", "mad")]
        [InlineData("maddələrin", "mad")]
        [InlineData("maddələrinin", "mad")]
        [InlineData("maddələrində", "mad")]
        [InlineData("maddələrdən", "mad")]
        [InlineData("icazə", "icaz")]
        [InlineData("icazəsi", "icaz")]
        [InlineData("icazəsinin", "icaz")]
        [InlineData("icazəsini", "icaz")]
        [InlineData("icazənin", "icaz")]
        [InlineData("icazələr", "icaz")]
        [InlineData("icazələrin", "icaz")]
        [InlineData("icazəyə", "icaz")]
        [InlineData("vəsiqə", "vesiq")]
        [InlineData("vəsiqəsi", "vesiq")]
        [InlineData("vəsiqəsinin", "vesiq")]
        [InlineData("qanun", "qanun")]
        [InlineData("qanunu", "qanun")]
        [InlineData("qanunun", "qanun")]
        [InlineData("qanuna", "qanun")]
        [InlineData("qanunda", "qanun")]
        [InlineData("qanununda", "qanun")]
        [InlineData("qanununu", "qanun")]
        [InlineData("qanunlar", "qanun")]
        [InlineData("qanunların", "qanun")]
        [InlineData("qanunlarda", "qanun")]
        [InlineData("vətəndaşlıq", "vetendasliq")]
        [InlineData("vətəndaşlığı", "vetendasliq")]
        [InlineData("vətəndaşlığın", "vetendasliq")]
        [InlineData("əcnəbi", "ecneb")]
        [InlineData("əcnəbilər", "ecneb")]
        [InlineData("əcnəbilərin", "ecneb")]
        [InlineData("əcnəbinin", "ecneb")]
        [InlineData("məcəllə", "mecel")]
        [InlineData("məcəlləsi", "mecel")]
        [InlineData("miqrasiya", "miqrasiy")]
        [InlineData("miqrasiyası", "miqrasiy")]
        [InlineData("miqrasiyaya", "miqrasiy")]
        [InlineData("sənəd", "sened")]
        [InlineData("sənədi", "sened")]
        [InlineData("sənəddə", "sened")]
        [InlineData("sənədlər", "sened")]
        [InlineData("sənədlərin", "sened")]
        [InlineData("bənd", "bend")]
        [InlineData("bəndi", "bend")]
        [InlineData("bəndində", "bend")]
        [InlineData("ərizə", "eriz")]
        [InlineData("ərizədə", "eriz")]
        [InlineData("ərizəsini", "eriz")]
        [InlineData("qayda", "qayd")]
        [InlineData("qaydası", "qayd")]
        [InlineData("qaydada", "qayd")]
        [InlineData("iş", "is")]
        [InlineData("işlər", "is")]
        [InlineData("yaşamaq", "yasam")]
        [InlineData("yaşama", "yasam")]
        [InlineData("yaşaması", "yasam")]
        [InlineData("yaşamasının", "yasam")]
        public void Strips_the_case_possessive_and_plural_endings(string written, string stem) =>
            Assert.Equal(stem, StemOf(written));
    }

    public sealed class Words_it_must_not_cut
    {
        [Theory]
        [InlineData("qanun", "qanun")]       // not qan (blood) + -un
        [InlineData("maşın", "masin")]       // not maş + -ın
        [InlineData("vətəndaş", "vetendas")]
        [InlineData("üçün", "ucun")]
        [InlineData("icazəsiz", "icazesiz")] // "without a permit" is another word than "permit"
        [InlineData("dövlət", "dovlet")]
        [InlineData("xidmət", "xidmet")]
        [InlineData("şəxs", "sexs")]
        [InlineData("iş", "is")]
        [InlineData("ad", "ad")]
        [InlineData("su", "su")]
        [InlineData("da", "da")]             // a word that is all ending
        [InlineData("lar", "lar")]
        [InlineData("dan", "dan")]
        [InlineData("45", "45")]
        [InlineData("45.1-ci", "45.1-ci")]
        [InlineData("разрешение", "разрешение")]
        public void Keeps_the_word_whole(string written, string stem) =>
            Assert.Equal(stem, StemOf(written));

        [Fact]
        public void Keeps_apart_words_that_differ_by_more_than_an_ending()
        {
            Assert.NotEqual(StemOf("qanun"), StemOf("qan"));
            Assert.NotEqual(StemOf("icazə"), StemOf("icazəsiz"));
            Assert.NotEqual(StemOf("vətəndaş"), StemOf("vətəndaşlıq"));
        }
    }
}
