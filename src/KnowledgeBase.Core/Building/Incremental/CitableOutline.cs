using System.Text;
using KnowledgeBase.Core.Linking;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building.Incremental;

/// <summary>Everything about an instrument that a citation elsewhere can depend on, as one comparable text.</summary>
/// <remarks>
/// A citation resolves against an instrument's versions (label, date, status, visibility, languages), the ids, kinds, numbers
/// and nesting of their provisions, and its short names (which other texts recognise it by). When none of these changed, no
/// other instrument's citations can resolve differently, so an edit to the words of an act re-links that act alone.
/// </remarks>
public static class CitableOutline
{
    public static string Of(ParsedInstrument instrument) =>
        Of(Catalog(instrument), instrument.Instrument.ShortNames.ToDictionary(n => n.Key, n => (IReadOnlyList<string>)[.. n.Value]));

    public static string Of(CatalogedInstrument? instrument, IReadOnlyDictionary<string, IReadOnlyList<string>>? shortNames)
    {
        if (instrument is null)
            return "";
        var outline = new StringBuilder();
        foreach (var (language, names) in (shortNames ?? new Dictionary<string, IReadOnlyList<string>>()).OrderBy(n => n.Key, StringComparer.Ordinal))
            outline.Append("names ").Append(language).Append(": ").AppendJoin(" | ", names).Append('\n');
        foreach (var version in instrument.Versions)
            outline.Append("version ").Append(version.Label).Append(' ').Append(version.Date.DayNumber).Append(' ').Append(version.Status)
                .Append(' ').Append(version.Visibility).Append(' ').AppendJoin(",", version.Languages).Append('\n');
        foreach (var text in instrument.Texts.OrderBy(t => t.Version, StringComparer.Ordinal).ThenBy(t => t.Language, StringComparer.Ordinal))
        {
            outline.Append("text ").Append(text.Version).Append('/').Append(text.Language).Append('\n');
            foreach (var provision in text.Provisions)
                outline.Append(provision.EId).Append('\t').Append(provision.Kind).Append('\t').Append(provision.Num).Append('\t').Append(provision.ParentEId).Append('\n');
        }
        return outline.ToString();
    }

    /// <summary>A parsed instrument as the catalogue sees it: provisions in document order with their parents, as the store keeps them.</summary>
    public static CatalogedInstrument Catalog(ParsedInstrument instrument) => new(
        [.. instrument.Versions.Select(v => v.Version)],
        [.. instrument.Versions.SelectMany(v => v.Texts).Select(t => new CatalogedText(t.Version, t.Language, [.. Flatten(t.Provisions)]))]);

    private static IEnumerable<CatalogedProvision> Flatten(IReadOnlyList<Provision> roots)
    {
        var stack = new Stack<(Provision Provision, string? Parent)>();
        for (var i = roots.Count - 1; i >= 0; i--)
            stack.Push((roots[i], null));
        while (stack.Count > 0)
        {
            var (provision, parent) = stack.Pop();
            yield return new CatalogedProvision(provision.EId, provision.Kind, provision.Num, parent);
            for (var i = provision.Children.Count - 1; i >= 0; i--)
                stack.Push((provision.Children[i], provision.EId));
        }
    }
}
