using KnowledgeBase.Core.Citations;
using KnowledgeBase.Core.Corpus.Languages;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Core.Tests.Citations;

public partial class CitationRecognizerTests
{
    public class Declared_language
    {
        // The French example of docs/content-format.md, as a corpus would declare it in kb.yml.
        private const string KbYml = """
            languages:
              fr:
                section: [Livre, Titre]
                chapter: [Chapitre, Section]
                article: [Article, Art.]
                citations:
                  article: 'articles?|art\.'
                  part: 'alinéas?|paragraphes?'
                  this-instrument: 'du\s+présent\s+code'
                  of: 'de\s+la|du'
                  and: 'et|,'
                  to: 'à|–'
            """;

        private static readonly CitationRecognizer French = new(Declared("fr"), [new InstrumentName("migration-code", ["Code de la migration"])]);

        [Theory]
        [InlineData("Conformément à l'[article {12} du présent code], le titre est délivré.", "12")]
        [InlineData("Les [articles {12} et {14}] s'appliquent.", "12 14")]
        [InlineData("Les [articles {12} à {14}] s'appliquent.", "12 ~13 14")]
        [InlineData("Le visa est délivré selon l'[article {5} du Code de la migration].", "migration-code:5")]
        [InlineData("L'[alinéa {2} article 5] précise le délai.", "5/2")]
        public void Is_recognised_from_its_patterns_alone(string marked, string targets) =>
            CitationAssert.Finds(French, marked, targets);

        private static LanguageProfile Declared(string code)
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(KbYml));
            var languages = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["languages"];
            return Assert.Single(LanguageProfileReader.ReadAll(languages, problems: []), p => p.Code == code);
        }
    }
}
