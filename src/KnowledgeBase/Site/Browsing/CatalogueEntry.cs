using System.Globalization;
using KnowledgeBase.Core.Catalogue;

namespace KnowledgeBase.Site.Browsing;

/// <summary>One instrument as the home and browse pages list it: its newest version, and the year it is filed under.</summary>
/// <param name="FirstDate">The date of its first version in the knowledge base (ISO): when it was made, as readers look acts up ("the law of 2008").</param>
public sealed record CatalogueEntry(CataloguedInstrument Instrument, string FirstDate, string NewestLabel, string NewestDate, string NewestStatus)
{
    public string Slug => Instrument.Slug;

    /// <summary>The year it is filed under: its first version's.</summary>
    public int Year { get; } = FirstDate.Length >= 4 && int.TryParse(FirstDate.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : 0;
}
