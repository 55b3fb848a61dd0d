using KnowledgeBase.Core.Corpus.Languages;
using KnowledgeBase.Core.Corpus.Structure;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public partial class HeadingClassifierTests
{
    /// <summary>Headings as converted national legislation writes them (French words declared in kb.yml).</summary>
    public class Converted_texts
    {
        internal static readonly LanguageProfile French = new(
            "fr", ["Livre", "Titre"], ["Chapitre", "Section"], ["Article", "Art."], null, null, ["premier", "première", "unique"]);

        [Theory]
        [InlineData("Art. 1er.", ProvisionKind.Article, "1er", null)]
        [InlineData("Art. 1<sup>er</sup>. Définitions", ProvisionKind.Article, "1er", "Définitions")]
        [InlineData("Art. L. 121-1.", ProvisionKind.Article, "L. 121-1", null)]
        [InlineData("Art. R. 12-3. Objet", ProvisionKind.Article, "R. 12-3", "Objet")]
        [InlineData("Art. L121-4", ProvisionKind.Article, "L121-4", null)]
        [InlineData("Art. 487bis.", ProvisionKind.Article, "487bis", null)]
        [InlineData("Art. 298<sup>4</sup>.", ProvisionKind.Article, "298⁴", null)]
        [InlineData("Article 298<sup>4</sup> Peines", ProvisionKind.Article, "298⁴", "Peines")]
        [InlineData("Article unique.", ProvisionKind.Article, "unique", null)]
        [InlineData("Article premier. Objet", ProvisionKind.Article, "premier", "Objet")]
        [InlineData("ARTICLE UNIQUE", ProvisionKind.Article, "UNIQUE", null)]
        [InlineData("Art. A.", ProvisionKind.Article, "A", null)]
        [InlineData("Art. C. Taxes", ProvisionKind.Article, "C", "Taxes")]
        [InlineData("Art. V. 1.", ProvisionKind.Article, "V", "1.")]
        [InlineData("**Art. 12.** **Entrée en vigueur**", ProvisionKind.Article, "12", "Entrée en vigueur")]
        [InlineData("**Chapitre 2** **Des contrats**", ProvisionKind.Chapter, "2", "Des contrats")]
        [InlineData("*Section 1.* *Dispositions générales*", ProvisionKind.Chapter, "1", "Dispositions générales")]
        [InlineData("Section 1<sup>re</sup> L’admission", ProvisionKind.Chapter, "1re", "L’admission")]
        [InlineData("TITRE III", ProvisionKind.Section, "III", null)]
        [InlineData("**LIVRE PREMIER.** **Relations de travail**", ProvisionKind.Section, "PREMIER", "Relations de travail")]
        public void Open_provisions_whatever_their_markup(string heading, ProvisionKind kind, string num, string? text)
        {
            Assert.Equal(new StructureHeading(kind, num, text), HeadingClassifier.For(French).Classify(heading));
        }

        [Theory]
        [InlineData("Articles 5 et 6")]
        [InlineData("Art. Les dispositions")]
        [InlineData("Article uniquement")]
        [InlineData("Le présent règlement")]
        [InlineData("(1)")]
        public void Leave_ordinary_headings_alone(string heading)
        {
            Assert.Null(HeadingClassifier.For(French).Classify(heading));
        }
    }
}
