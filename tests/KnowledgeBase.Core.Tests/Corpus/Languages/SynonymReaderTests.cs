using KnowledgeBase.Core.Corpus.Languages;
using KnowledgeBase.Core.Corpus.Reading;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Corpus.Languages;

public sealed class SynonymReaderTests
{
    private static (IReadOnlyList<SynonymGroup> Groups, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        using var folder = new TempFolder();
        var path = folder.Combine("kb.yml");
        File.WriteAllText(path, yaml);
        var diagnostics = new DiagnosticBag();
        var groups = SynonymReader.Read(new SourceFile(path, "kb.yml"), LanguageCatalog.BuiltIn, diagnostics);
        return (groups, diagnostics.Sorted());
    }

    public sealed class Valid_groups
    {
        [Fact]
        public void Are_read_per_language_in_order()
        {
            var (groups, diagnostics) = Read("""
                synonyms:
                  en:
                    - [residence permit, residence card]
                    - [stay, sojourn]
                  az:
                    - [icazə vəsiqəsi, yaşamaq üçün icazə]
                """);

            Assert.Empty(diagnostics);
            Assert.Equal(
                ["en: residence permit | residence card", "en: stay | sojourn", "az: icazə vəsiqəsi | yaşamaq üçün icazə"],
                groups.Select(g => $"{g.Language}: {string.Join(" | ", g.Phrases)}"));
        }

        [Fact]
        public void A_file_without_synonyms_has_none()
        {
            var (groups, diagnostics) = Read("languages: {}\n");

            Assert.Empty(groups);
            Assert.Empty(diagnostics);
        }
    }

    public sealed class Mistakes
    {
        [Theory]
        [InlineData("synonyms: [stay, sojourn]\n", 1, "mapping of language code")]
        [InlineData("synonyms:\n  xx:\n    - [stay, sojourn]\n", 2, "not a language of the corpus")]
        [InlineData("synonyms:\n  en: stay\n", 2, "list of groups")]
        [InlineData("synonyms:\n  en:\n    - stay\n", 3, "list of two or more phrases")]
        [InlineData("synonyms:\n  en:\n    - [stay]\n", 3, "at least two phrases")]
        [InlineData("synonyms:\n  en:\n    - [stay, \"\"]\n", 3, "not empty")]
        [InlineData("synonyms:\n  en:\n    - [stay, 'so*journ']\n", 3, "search syntax")]
        [InlineData("synonyms:\n  en:\n    - [stay, Stay]\n", 3, "twice in one synonym group")]
        public void Are_KB003_errors_at_their_line(string yaml, int line, string message)
        {
            var (_, diagnostics) = Read(yaml);

            var error = Assert.Single(diagnostics);
            Assert.Equal(DiagnosticCodes.InvalidValue, error.Code);
            Assert.Equal(Severity.Error, error.Severity);
            Assert.Equal(line, error.Line);
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Leave_out_only_their_group()
        {
            var (groups, diagnostics) = Read("synonyms:\n  en:\n    - [stay]\n    - [expulsion, deportation]\n");

            Assert.Single(diagnostics);
            Assert.Equal(["expulsion", "deportation"], Assert.Single(groups).Phrases);
        }
    }
}
