using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>One version's text prepared for comparison: each provision with its container, its article and its reading.</summary>
internal sealed class ComparedText
{
    private readonly Dictionary<string, ComparedProvision> _byEId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ComparedProvision>> _partsByArticle = new(StringComparer.Ordinal);

    /// <param name="text">Every provision of one text in document order, parents before their parts.</param>
    public ComparedText(IReadOnlyList<StoredProvision> text)
    {
        var stored = text.ToDictionary(p => p.EId, StringComparer.Ordinal);
        var partTexts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var articleOf = new Dictionary<string, StoredProvision>(StringComparer.Ordinal);
        foreach (var provision in text.Where(p => p.Kind == "paragraph"))
        {
            if (Ancestors(provision, stored).FirstOrDefault(a => a.Kind == "article") is not { } article)
                continue;
            articleOf[provision.EId] = article;
            if (!partTexts.TryGetValue(article.EId, out var texts))
                partTexts[article.EId] = texts = [];
            texts.Add(provision.Text);
        }

        foreach (var provision in text)
        {
            var article = articleOf.GetValueOrDefault(provision.EId);
            var container = provision.Kind == "paragraph"
                ? article?.EId
                : Ancestors(provision, stored).FirstOrDefault(a => a.Kind is "chapter" or "section")?.EId;
            var reading = provision.Kind == "paragraph"
                ? provision.Text
                : string.Join('\n', [provision.Heading ?? "", provision.Text, .. partTexts.GetValueOrDefault(provision.EId) ?? []]);
            var compared = new ComparedProvision(provision, container, article?.EId, RelativeNum(provision, article), reading);
            Provisions.Add(compared);
            _byEId[provision.EId] = compared;
            if (article is not null)
            {
                if (!_partsByArticle.TryGetValue(article.EId, out var parts))
                    _partsByArticle[article.EId] = parts = [];
                parts.Add(compared);
            }
        }
    }

    /// <summary>In document order.</summary>
    public List<ComparedProvision> Provisions { get; } = [];

    public ComparedProvision this[string eId] => _byEId[eId];

    public IReadOnlyList<ComparedProvision> PartsOf(string articleEId) => _partsByArticle.GetValueOrDefault(articleEId) ?? [];

    private static IEnumerable<StoredProvision> Ancestors(StoredProvision provision, Dictionary<string, StoredProvision> stored)
    {
        var current = provision;
        while (current.ParentEId is { } parent && stored.TryGetValue(parent, out var next))
        {
            yield return next;
            current = next;
        }
    }

    private static string RelativeNum(StoredProvision provision, StoredProvision? article) =>
        article is not null && provision.Num.StartsWith(article.Num + ".", StringComparison.Ordinal)
            ? provision.Num[(article.Num.Length + 1)..]
            : provision.Num;
}
