using KnowledgeBase.Core.Citations;
using KnowledgeBase.Core.Corpus.Languages;

namespace KnowledgeBase.Core.Tests.Citations;

public partial class CitationRecognizerTests
{
    public class Instrument_names
    {
        [Theory]
        [InlineData("[Article {4} of the Residence Rules for Students] sets the fee.", "student-residence-rules:4")]
        [InlineData("[Article {4} of the Residence Rules] and the fee schedule apply.", "residence-rules:4")]
        [InlineData("[Article {3} of the migration code] applies.", "migration-code:3")]
        [InlineData("[Article {3} of the MIGRATION CODE] applies.", "migration-code:3")]
        [InlineData("[Article {3} of the Migration Codex] is a different text.", "?:3")]
        public void Match_the_longest_name_whatever_its_case(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.English, marked, targets);

        [Theory]
        [InlineData("[Miqrasiya Məcəlləsinin {45}-ci maddəsi]", "migration-code:45")]
        [InlineData("[Miqrasiya Məcəlləsinə {45}-ci maddə] əlavə edilib.", "migration-code:45")]
        [InlineData("[miqrasiya məcəlləsinin {45}-ci maddəsi]", "migration-code:45")]
        [InlineData("Viza verilir ([Miqrasiya Məcəlləsinin {45}-ci maddəsi]).", "migration-code:45")]
        [InlineData("Status [“Qaçqınlar haqqında” Qanunun {3}-cü maddəsi] ilə müəyyən edilir.", "refugee-law:3")]
        public void Take_Azerbaijani_case_endings(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.Azerbaijani, marked, targets);

        [Theory]
        [InlineData("[статья {45} Миграционный кодекс]", "migration-code:45")]
        [InlineData("[статьи {45} Миграционного кодекса]", "migration-code:45")]
        [InlineData("[статье {45} Миграционному кодексу]", "migration-code:45")]
        [InlineData("[статьей {45} Миграционным кодексом]", "migration-code:45")]
        [InlineData("[статье {45} Миграционном кодексе]", "migration-code:45")]
        public void Take_Russian_case_endings(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.Russian, marked, targets);

        [Theory]
        [InlineData("en", "[Article {5} of the Migration Code]")]
        [InlineData("az", "[Miqrasiya Məcəlləsinin {5}-ci maddəsi]")]
        [InlineData("ru", "[статьи {5} Миграционного кодекса]")]
        public void Are_found_among_hundreds_from_the_first_paragraph_on(string language, string marked)
        {
            // Once the names were part of the grammar: compiling it made the first match run into the timeout and find nothing.
            var names = new[] { "Migration Code", "Miqrasiya Məcəlləsi", "Миграционный кодекс" };
            InstrumentName[] corpus =
            [
                .. Enumerable.Range(1, 500).Select(i => new InstrumentName($"decree-{i}", [$"Decree {i} on Residence Permits", $"Fərman {i}", $"Указ {i}"])),
                new InstrumentName("migration-code", names),
            ];
            var recognizer = new CitationRecognizer(LanguageCatalog.BuiltIn[language], corpus);

            CitationAssert.Finds(recognizer, marked, "migration-code:5");
        }

        [Fact]
        public void Are_optional()
        {
            var recognizer = new CitationRecognizer(LanguageCatalog.BuiltIn["en"], []);

            CitationAssert.Finds(recognizer, "[Article {5} of the Migration Code]", "?:5");
        }

        [Fact]
        public void Matter_nothing_to_a_language_without_citation_patterns()
        {
            var silent = LanguageCatalog.BuiltIn["en"] with { Citations = null };

            Assert.Empty(new CitationRecognizer(silent, []).Recognize("Article 5 of the Migration Code"));
        }
    }
}
