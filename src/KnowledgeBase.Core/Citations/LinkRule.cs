using System.Text.RegularExpressions;

namespace KnowledgeBase.Core.Citations;

/// <summary>
/// How a corpus writes links to its own acts, from <c>kb.yml</c>'s <c>links:</c>: a pattern for the link target and the
/// instrument slug it names, e.g. <c>/eli/etat/leg/loi/2011/04/08/n2/jo</c> → <c>leg-loi-2011-04-08-n2</c>.
/// </summary>
/// <param name="Pattern">Matched against the whole link target; an <c>article</c> group, when it matches, names the article.</param>
/// <param name="Instrument">The slug, with <c>${group}</c> references to the pattern's groups.</param>
public sealed record LinkRule(Regex Pattern, string Instrument)
{
    /// <summary>The group that holds the cited article's number as the link writes it (<c>5-1</c>, <c>vi</c>).</summary>
    public const string ArticleGroup = "article";

    /// <summary>The instrument (and article, when the link names one) that <paramref name="url"/> points at, or null.</summary>
    public InstrumentLink? Read(string url)
    {
        Match match;
        try
        {
            match = Pattern.Match(url);
        }
        catch (RegexMatchTimeoutException)
        {
            // The timeout guards against a pattern that backtracks without end; on a loaded machine a pause can also trip it.
            // Either way the link is left as written, as an unmatched one is.
            return null;
        }
        if (!match.Success)
            return null;
        var article = match.Groups[ArticleGroup];
        return new InstrumentLink(match.Result(Instrument), article.Success && article.Length > 0 ? article.Value : null);
    }

    /// <summary>The first rule's reading of <paramref name="url"/>, or null when no rule matches.</summary>
    public static InstrumentLink? ReadFirst(IReadOnlyList<LinkRule> rules, string url)
    {
        foreach (var rule in rules)
            if (rule.Read(url) is { } link)
                return link;
        return null;
    }
}
