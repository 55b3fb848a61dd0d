using KnowledgeBase.Core.Citations;
using KnowledgeBase.Core.Corpus.Languages;

namespace KnowledgeBase.Core.Tests.Citations;

/// <summary>Recognizers for the built-in languages over a small corpus: the Migration Code, two sets of residence rules
/// whose names share a beginning, and a law cited by its quoted title. Built once: each compiles a regular expression.</summary>
internal static class SampleCorpus
{
    public static CitationRecognizer English { get; } = For("en",
        new InstrumentName("migration-code", ["Migration Code"]),
        new InstrumentName("residence-rules", ["Residence Rules"]),
        new InstrumentName("student-residence-rules", ["Residence Rules for Students"]));

    public static CitationRecognizer Azerbaijani { get; } = For("az",
        new InstrumentName("migration-code", ["Miqrasiya Məcəlləsi"]),
        new InstrumentName("refugee-law", ["“Qaçqınlar haqqında” Qanun"]));

    public static CitationRecognizer Russian { get; } = For("ru",
        new InstrumentName("migration-code", ["Миграционный кодекс", "МК"]));

    private static CitationRecognizer For(string language, params InstrumentName[] instruments) =>
        new(LanguageCatalog.BuiltIn[language], instruments);
}
