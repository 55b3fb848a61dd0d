using KnowledgeBase.Core.Catalogue;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site;

/// <summary>An instrument's title and notice in the language wanted, else English, else any.</summary>
public static class Titles
{
    public static string Of(StoredInstrument instrument, string language) => In(instrument.Title, language) ?? instrument.Id;

    public static string Of(CataloguedInstrument instrument, string language) => In(instrument.Titles, language) ?? instrument.Slug;

    public static string? NoticeOf(StoredInstrument instrument, string language) => In(instrument.Notice, language);

    public static string? NoticeOf(CataloguedInstrument instrument, string language) => In(instrument.Notices, language);

    private static string? In(IReadOnlyDictionary<string, string> texts, string language) =>
        texts.GetValueOrDefault(language) ?? texts.GetValueOrDefault("en") ?? texts.Values.FirstOrDefault();
}
