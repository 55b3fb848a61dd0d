using System.Net;
using Lucene.Net.Documents;

namespace KnowledgeBase.Core.Search;

/// <summary>Which division of a procedure a hit should open at: the one its snippet was cut from.</summary>
/// <remarks>
/// A procedure is indexed as one document (one row in the results, ranked on all its words), its divisions as
/// <see cref="ProvisionPart"/>s; the link still leads to the division where the matched words are.
/// </remarks>
internal static class ProcedureDivision
{
    public static string Matched(Document document, string text, string snippet)
    {
        var fallback = document.Get(IndexSchema.EId);
        var firstMark = snippet.IndexOf("<mark>", StringComparison.Ordinal);
        if (firstMark < 0)
            return fallback;
        // The snippet is a stretch of the text, escaped, with marks and ellipses added: undone, it is found in the text.
        var before = WebUtility.HtmlDecode(snippet[..firstMark].TrimStart('…'));
        var marked = WebUtility.HtmlDecode(Unmarked(snippet[firstMark..]).TrimEnd('…'));
        var at = text.IndexOf(before + marked, StringComparison.Ordinal);
        if (at < 0)
            return fallback;
        return PartSpans.At(PartSpans.Read(document), at + before.Length)?.EId ?? fallback;
    }

    private static string Unmarked(string html) =>
        html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
}
