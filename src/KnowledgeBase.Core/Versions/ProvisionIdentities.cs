using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Core.Versions;

/// <summary>What makes a provision of one text the same provision in another version of its instrument.</summary>
/// <remarks>
/// Numbers and ids change when articles are inserted or removed, so they cannot say which provisions correspond. A provision
/// with a stable key (<c>{#temporary-residence-permit}</c>) is known by it: Article 44 of one draft and Article 45 of the next
/// are one provision when both carry the key, wherever they sit. A part has no key of its own and is known by its article and
/// its number below the article: 45.1.3 of the article keyed <c>temporary-residence-permit</c> is 44.1.3 of the draft in which
/// that article was 44. Anything else (an article without a key, a section, a preamble) is known by its eId.
/// <para>Keys are unique within a version (KB005), so identities are too.</para>
/// </remarks>
public sealed class ProvisionIdentities
{
    private const string PartSeparator = "__";

    private readonly Dictionary<string, string> _identityByEId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredProvision> _provisionByIdentity = new(StringComparer.Ordinal);

    /// <param name="text">Every provision of one text, in document order (parents before their parts).</param>
    public ProvisionIdentities(IReadOnlyList<StoredProvision> text)
    {
        var byEId = new Dictionary<string, StoredProvision>(StringComparer.Ordinal);
        foreach (var provision in text)
        {
            byEId.TryAdd(provision.EId, provision);
            var identity = IdentityOf(provision, byEId);
            if (_identityByEId.TryAdd(provision.EId, identity))
                _provisionByIdentity.TryAdd(identity, provision);
        }
    }

    /// <summary>The identity of the provision with <paramref name="eId"/> in this text; null when the text has none.</summary>
    public string? IdentityOf(string eId) => _identityByEId.GetValueOrDefault(eId);

    /// <summary>The provision of this text with <paramref name="identity"/>; null when this text lacks it.</summary>
    public StoredProvision? Find(string identity) => _provisionByIdentity.GetValueOrDefault(identity);

    private string IdentityOf(StoredProvision provision, Dictionary<string, StoredProvision> earlier)
    {
        if (provision.Kind == "paragraph" && ArticleOf(provision, earlier) is { } article
            && provision.EId.StartsWith(article.EId + PartSeparator, StringComparison.Ordinal)
            && _identityByEId.TryGetValue(article.EId, out var articleIdentity))
            return $"{articleIdentity}/{provision.EId[(article.EId.Length + PartSeparator.Length)..]}";
        return provision.Kind != "paragraph" && !string.IsNullOrEmpty(provision.Key) ? $"key:{provision.Key}" : $"id:{provision.EId}";
    }

    private static StoredProvision? ArticleOf(StoredProvision part, Dictionary<string, StoredProvision> earlier)
    {
        var current = part;
        while (current.ParentEId is { } parent && earlier.TryGetValue(parent, out var next))
        {
            if (next.Kind == "article")
                return next;
            current = next;
        }
        return null;
    }
}
