using System.Text.RegularExpressions;

namespace KnowledgeBase.Core.Citations;

/// <summary>Reads one match of the grammar into a citation: which instrument it names, how far the phrase reaches, what it cites.</summary>
internal sealed class CitationReader(KnownInstruments known)
{
    /// <param name="floor">Where the text may start to belong to this citation (the end of the one before).</param>
    public CitationMatch Read(string text, Match match, int floor)
    {
        var provisions = match.Groups[CitationGroups.Provisions];
        var (start, end) = (match.Index, match.Index + match.Length);
        CitationScope scope;
        string? slug = null;
        if (match.Groups[CitationGroups.Same].Success)
        {
            scope = CitationScope.SameInstrument;
        }
        else if (known.TryFind(text, floor, provisions, out var name))
        {
            // A known name wins over the capitalised words the grammar took for an unknown one, and the phrase
            // is the provisions and that name: "Azərbaycan Respublikasının" before it is not part of the citation.
            (scope, slug) = (CitationScope.NamedInstrument, name.Slug);
            (start, end) = (Math.Min(provisions.Index, name.Start), Math.Max(provisions.Index + provisions.Length, name.End));
        }
        else
        {
            scope = match.Groups[CitationGroups.External].Success ? CitationScope.ExternalInstrument : CitationScope.SameInstrument;
        }
        return new CitationMatch(start, end - start, text[start..end], TargetAssembler.Assemble(match, scope, slug));
    }
}
