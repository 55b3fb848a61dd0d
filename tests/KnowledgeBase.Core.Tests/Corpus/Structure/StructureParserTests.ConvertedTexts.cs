using KnowledgeBase.Core.Corpus.Structure;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public partial class StructureParserTests
{
    /// <summary>Bodies written the way converted national legislation is: French words, markup in headings, structure as paragraphs.</summary>
    public class Converted_texts
    {
        private static (ParsedStructure Result, DiagnosticBag Diagnostics) Parse(string body)
        {
            var diagnostics = new DiagnosticBag();
            var parser = new StructureParser(HeadingClassifierTests.Converted_texts.French);
            return (parser.Parse(body, 1, "leg-loi-2001-01-01-n1/2001-01-01.fr.md", diagnostics), diagnostics);
        }

        private static IEnumerable<Provision> All(ParsedStructure result) => result.Provisions.SelectMany(p => p.SelfAndDescendants());

        [Fact]
        public void Nest_sections_in_chapters_by_heading_level_and_read_structure_lines_written_as_paragraphs()
        {
            var (result, diagnostics) = Parse("""
                ## **Titre I** **Dispositions générales**

                ### Chapitre 1<sup>er</sup> *Objet*

                ##### *Section 1.* *Champ d’application*

                ###### Art. 1er.

                Le présent texte s’applique.

                *Section 2.* *Définitions*

                ###### Art. L. 2-1.

                Section 3 est remplacée par le texte suivant.

                ### Chapitre 2

                ##### Section 1

                ###### Art. L. 2-2.

                Texte.
                """);

            Assert.Equal(
            [
                "Section sec_1 [I] Dispositions générales",
                "  Chapter chp_1er [1er] Objet",
                "    Chapter chp_1 [1] Champ d’application",
                "      Article art_1er [1er]",
                "    Chapter chp_2 [2] Définitions",
                "      Article art_l2-1 [L. 2-1]",
                "  Chapter sec_1__chp_2 [2]",
                "    Chapter sec_1__chp_2__chp_1 [1]",
                "      Article art_l2-2 [L. 2-2]",
            ], Outline.Of(result.Provisions));
            Assert.Equal("Section 3 est remplacée par le texte suivant.", All(result).Single(p => p.EId == "art_l2-1").Text);
            Assert.Empty(diagnostics.Sorted());
        }

        [Fact]
        public void Keep_both_articles_of_a_repeated_number_with_a_warning()
        {
            var (result, diagnostics) = Parse("""
                ###### Art. 1er.

                L’article 5 de la loi est remplacé comme suit:

                ###### Art. 5.

                Texte cité.

                ###### Art. 5.

                Entrée en vigueur.
                """);

            Assert.Equal(["art_1er", "art_5", "art_5-2"], All(result).Select(p => p.EId));
            Assert.Equal("Entrée en vigueur.", All(result).Last().Text);
            Assert.Equal(Severity.Warning, Assert.Single(diagnostics.Sorted()).Severity);
        }

        [Theory]
        [InlineData("###### Art. 3.\n\n    Le texte indenté de quatre espaces.\n", "art_3", "    Le texte indenté de quatre espaces.")]
        [InlineData("###### Art. 3.\n\n3.1. Premier paragraphe.\n\n    3.2. Deuxième, indenté.\n", "art_3__para_2", "Deuxième, indenté.")]
        [InlineData("# Règlement du 1er janvier 2001\n\nLe texte n’a aucun article.\n\nIl est gardé en entier.\n", "preamble", "Le texte n’a aucun article.\n\nIl est gardé en entier.")]
        public void Keep_indented_lines_and_texts_without_articles_as_text(string body, string eId, string text)
        {
            var (result, _) = Parse(body);

            Assert.Equal(text, All(result).Single(p => p.EId == eId).Text);
        }
    }
}
