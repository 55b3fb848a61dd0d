using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building;

/// <summary>An instrument with its linked versions, in date order.</summary>
public sealed record LinkedInstrument(Instrument Instrument, IReadOnlyList<LinkedVersion> Versions)
{
    /// <summary>The newest version that has a text in each language, with that text; languages in the order they first appear.</summary>
    /// <remarks>
    /// Per language, not per instrument: when the newest version is in English only (the Migration Code's 2018 text), a
    /// reader of Russian or Azerbaijani would otherwise be offered nothing of the instrument at all. The index marks these
    /// texts as the newest a search shows, and the suggestions take their names from them, so both agree.
    /// </remarks>
    /// <param name="publicOnly">Among the public versions only: the newest a reader who may not see drafts is shown.</param>
    public IReadOnlyList<(InstrumentVersion Version, RenderedText Text)> NewestByLanguage(bool publicOnly = false)
    {
        var newest = new List<(InstrumentVersion Version, RenderedText Text)>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var version in Versions.Where(v => !publicOnly || v.Version.Visibility == Visibility.Public))
            foreach (var text in version.Texts)
            {
                if (positions.TryGetValue(text.Text.Language, out var position))
                    newest[position] = (version.Version, text);
                else
                {
                    positions.Add(text.Text.Language, newest.Count);
                    newest.Add((version.Version, text));
                }
            }
        return newest;
    }
}
