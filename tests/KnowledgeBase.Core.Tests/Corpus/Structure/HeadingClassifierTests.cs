using KnowledgeBase.Core.Corpus.Languages;
using KnowledgeBase.Core.Corpus.Structure;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public partial class HeadingClassifierTests
{
    private static StructureHeading? Classify(string language, string heading) =>
        HeadingClassifier.For(LanguageCatalog.BuiltIn[language]).Classify(heading);

    public class Structure_headings
    {
        [Theory]
        // English: the word first, then the number, a separator and the heading.
        [InlineData("en", "Article 45. Temporary residence permit", ProvisionKind.Article, "45", "Temporary residence permit")]
        [InlineData("en", "Article 10-1 - Registration of foreigners", ProvisionKind.Article, "10-1", "Registration of foreigners")]
        [InlineData("en", "Art. 487bis. Insurance fraud", ProvisionKind.Article, "487bis", "Insurance fraud")]
        [InlineData("en", "Art. 487bis.", ProvisionKind.Article, "487bis", null)]
        [InlineData("en", "ARTICLE 12", ProvisionKind.Article, "12", null)]
        [InlineData("en", "Article 18b: Seasonal workers", ProvisionKind.Article, "18b", "Seasonal workers")]
        [InlineData("en", "Section II. Entry and exit", ProvisionKind.Section, "II", "Entry and exit")]
        [InlineData("en", "Part 3 — Final provisions", ProvisionKind.Section, "3", "Final provisions")]
        [InlineData("en", "Chapter 3 — Work permits", ProvisionKind.Chapter, "3", "Work permits")]
        [InlineData("en", "Chapter 2.1: Seasonal work", ProvisionKind.Chapter, "2.1", "Seasonal work")]
        [InlineData("en", "Chapter XIV – Transitional provisions", ProvisionKind.Chapter, "XIV", "Transitional provisions")]
        [InlineData("en", "Article 7 Entry into force", ProvisionKind.Article, "7", "Entry into force")]
        [InlineData("en", "Article\u00a045.\u00a0Permit", ProvisionKind.Article, "45", "Permit")]
        // Azerbaijani: the word may follow the number, with its ordinal ending.
        [InlineData("az", "Maddə 45. Müvəqqəti yaşamaq üçün icazə", ProvisionKind.Article, "45", "Müvəqqəti yaşamaq üçün icazə")]
        [InlineData("az", "Maddə 10-1. Əcnəbilərin uçotu", ProvisionKind.Article, "10-1", "Əcnəbilərin uçotu")]
        [InlineData("az", "21-ci maddə. Yaşama yeri üzrə qeydiyyat", ProvisionKind.Article, "21", "Yaşama yeri üzrə qeydiyyat")]
        [InlineData("az", "3-cü maddə", ProvisionKind.Article, "3", null)]
        [InlineData("az", "6cı maddə. Dövlət rüsumu", ProvisionKind.Article, "6", "Dövlət rüsumu")]
        [InlineData("az", "II bölmə. Ölkəyə giriş və ölkədən çıxış", ProvisionKind.Section, "II", "Ölkəyə giriş və ölkədən çıxış")]
        [InlineData("az", "III bölmə", ProvisionKind.Section, "III", null)]
        [InlineData("az", "Bölmə IV. Vətəndaşlıq", ProvisionKind.Section, "IV", "Vətəndaşlıq")]
        [InlineData("az", "1-ci fəsil. Əsas anlayışlar", ProvisionKind.Chapter, "1", "Əsas anlayışlar")]
        [InlineData("az", "FƏSİL 5. İş icazəsi", ProvisionKind.Chapter, "5", "İş icazəsi")]
        [InlineData("az", "MADDƏ 7", ProvisionKind.Article, "7", null)]
        // Russian.
        [InlineData("ru", "Статья 45. Разрешение на временное проживание", ProvisionKind.Article, "45", "Разрешение на временное проживание")]
        [InlineData("ru", "СТАТЬЯ 18.1 — Учёт иностранных граждан", ProvisionKind.Article, "18.1", "Учёт иностранных граждан")]
        [InlineData("ru", "Статья 5а. Порядок въезда", ProvisionKind.Article, "5а", "Порядок въезда")]
        [InlineData("ru", "Раздел II", ProvisionKind.Section, "II", null)]
        [InlineData("ru", "Глава 3. Трудовая деятельность иностранцев", ProvisionKind.Chapter, "3", "Трудовая деятельность иностранцев")]
        public void Open_a_provision_with_its_number_and_heading(string language, string heading, ProvisionKind kind, string num, string? text)
        {
            var classified = Classify(language, heading);

            Assert.Equal(new StructureHeading(kind, num, text), classified);
        }
    }

    public class Other_headings
    {
        [Theory]
        [InlineData("en", "Articles of association")]
        [InlineData("en", "Article")]
        [InlineData("en", "Article45")]
        [InlineData("en", "Part-time work")]
        [InlineData("en", "Chapter summary")]
        [InlineData("en", "Documents required")]
        [InlineData("en", "Articles 12 and 14")]
        [InlineData("en", "Section ii")]
        [InlineData("en", "Section IIII")]
        [InlineData("en", "Statute of the Migration Service")]
        [InlineData("az", "Maddələr")]
        [InlineData("az", "Ümumi müddəalar")]
        [InlineData("az", "21-ci maddəsi")]
        [InlineData("az", "Article 45")]
        [InlineData("ru", "Статьи 5 и 6")]
        [InlineData("ru", "Общие положения")]
        public void Are_not_structure(string language, string heading)
        {
            Assert.Null(Classify(language, heading));
        }
    }

    public class Words_from_the_profile
    {
        private static readonly LanguageProfile French = new(
            "fr", ["Livre", "Titre"], ["Chapitre"], ["Article", "Art.", "§"], null, null);

        [Theory]
        [InlineData("Titre II. Des étrangers", ProvisionKind.Section, "II", "Des étrangers")]
        [InlineData("Chapitre 4", ProvisionKind.Chapter, "4", null)]
        [InlineData("§ 18b", ProvisionKind.Article, "18b", null)]
        [InlineData("§18b. Saisonniers", ProvisionKind.Article, "18b", "Saisonniers")]
        [InlineData("Art. 12 : Entrée", ProvisionKind.Article, "12", "Entrée")]
        public void Come_from_a_language_that_is_not_built_in(string heading, ProvisionKind kind, string num, string? text)
        {
            Assert.Equal(new StructureHeading(kind, num, text), HeadingClassifier.For(French).Classify(heading));
        }

        [Fact]
        public void A_language_without_section_words_has_no_sections()
        {
            var profile = new LanguageProfile("xx", [], [], ["Artikel"], null, null);

            Assert.Null(HeadingClassifier.For(profile).Classify("Section 2"));
            Assert.Equal(ProvisionKind.Article, HeadingClassifier.For(profile).Classify("ARTIKEL 2")?.Kind);
        }

        [Fact]
        public void An_invalid_number_suffix_is_named_in_the_error()
        {
            var profile = new LanguageProfile("xx", [], [], ["Artikel"], "(unclosed", null);

            var error = Assert.Throws<ArgumentException>(() => HeadingClassifier.For(profile));

            Assert.Contains("'xx'", error.Message, StringComparison.Ordinal);
        }
    }
}
