using System.Text;
using KnowledgeBase.Core.Citations;

namespace KnowledgeBase.Core.Tests.Citations;

/// <summary>
/// Writes recognised citations the way the test tables read: the sentence with each citation in <c>[…]</c> and each
/// number that becomes a link in <c>{…}</c>, and the targets as <c>12/3 ~13 migration-code:5 ?:7</c>.
/// </summary>
/// <remarks>
/// A target is <c>article</c> or <c>article/part</c>; <c>slug:</c> before it names a known instrument, <c>?:</c> an
/// unknown one, nothing the citing instrument; <c>~</c> marks a number implied by a range. Citations are separated by
/// <c> | </c>. Comparing whole strings makes a failure show the sentence as the recognizer saw it.
/// </remarks>
internal static class CitationNotation
{
    /// <summary>The plain sentence of a marked one.</summary>
    public static string Unmark(string marked) =>
        marked.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal)
            .Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);

    public static string Mark(string text, IReadOnlyList<CitationMatch> citations)
    {
        var marks = new SortedDictionary<int, string>();
        void Add(int at, string mark) => marks[at] = marks.TryGetValue(at, out var before) ? before + mark : mark;
        foreach (var citation in citations)
        {
            Add(citation.Start, "[");
            foreach (var target in citation.Targets.Where(t => t.NumberStart >= 0).DistinctBy(t => t.NumberStart))
            {
                Add(target.NumberStart, "{");
                Add(target.NumberStart + target.NumberLength, "}");
            }
            Add(citation.Start + citation.Length, "]");
        }
        var marked = new StringBuilder(text);
        foreach (var (at, mark) in marks.Reverse())
            marked.Insert(at, OrderedAt(mark));
        return marked.ToString();
    }

    public static string Targets(IReadOnlyList<CitationMatch> citations) =>
        string.Join(" | ", citations.Select(c => string.Join(" ", c.Targets.Select(Target))));

    private static string Target(CitedProvision target)
    {
        var implied = target.NumberStart < 0 ? "~" : "";
        var instrument = target.Scope switch
        {
            CitationScope.NamedInstrument => target.InstrumentSlug + ":",
            CitationScope.ExternalInstrument => "?:",
            _ => "",
        };
        var part = target.PartNum is null ? "" : "/" + target.PartNum;
        return implied + instrument + target.ArticleNum + part;
    }

    // Closing marks before opening ones where a number ends a citation: "{12}]", never "{12]}".
    private static string OrderedAt(string mark) =>
        new([.. mark.Where(c => c is '}').Concat(mark.Where(c => c is ']')).Concat(mark.Where(c => c is '[')).Concat(mark.Where(c => c is '{'))]);
}
