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
            var identity = IdentityOf(provision, byEId.GetValueOrDefault);
            if (_identityByEId.TryAdd(provision.EId, identity))
                _provisionByIdentity.TryAdd(identity, provision);
        }
    }

    /// <summary>The identity of the provision with <paramref name="eId"/> in this text; null when the text has none.</summary>
    public string? IdentityOf(string eId) => _identityByEId.GetValueOrDefault(eId);

    /// <summary>The provision of this text with <paramref name="identity"/>; null when this text lacks it.</summary>
    public StoredProvision? Find(string identity) => _provisionByIdentity.GetValueOrDefault(identity);

    /// <summary>Finds the provision with <paramref name="identity"/> in a text read one provision at a time by id, not whole.</summary>
    /// <remarks>
    /// An identity that is not a stable key's names the eId it can only belong to (<c>id:art_46/para_2</c> is
    /// <c>art_46__para_2</c>), so one lookup and a walk up its parents decide it: a page showing one article of a code with
    /// 28 versions reads a few dozen provisions instead of 28 whole texts. A key can sit on any provision, and keys are not
    /// looked up by id, so a keyed identity is left to a whole text.
    /// </remarks>
    /// <param name="provisionById">The text's provision with an eId, or null.</param>
    /// <returns>False when the identity is a key's and the whole text must be read; else true, with the provision or null.</returns>
    public static bool TryFindById(string identity, Func<string, StoredProvision?> provisionById, out StoredProvision? found)
    {
        found = null;
        if (EIdOf(identity) is not { } eId)
            return false;
        if (provisionById(eId) is { } candidate && IdentityOf(candidate, provisionById) == identity)
            found = candidate;
        return true;
    }

    /// <summary>The only eId a provision with this identity can have; null for a key's identity.</summary>
    private static string? EIdOf(string identity)
    {
        var part = identity.IndexOf('/', StringComparison.Ordinal);
        var own = part < 0 ? identity : identity[..part];
        if (!own.StartsWith("id:", StringComparison.Ordinal))
            return null;
        return part < 0 ? own[3..] : $"{own[3..]}{PartSeparator}{identity[(part + 1)..]}";
    }

    /// <param name="earlier">The provisions of the same text by eId; a provision's parents are always among them.</param>
    private static string IdentityOf(StoredProvision provision, Func<string, StoredProvision?> earlier)
    {
        if (provision.Kind == "paragraph" && ArticleOf(provision, earlier) is { } article
            && provision.EId.StartsWith(article.EId + PartSeparator, StringComparison.Ordinal))
            return $"{OwnIdentity(article)}/{provision.EId[(article.EId.Length + PartSeparator.Length)..]}";
        return OwnIdentity(provision);
    }

    private static string OwnIdentity(StoredProvision provision) =>
        provision.Kind != "paragraph" && !string.IsNullOrEmpty(provision.Key) ? $"key:{provision.Key}" : $"id:{provision.EId}";

    private static StoredProvision? ArticleOf(StoredProvision part, Func<string, StoredProvision?> earlier)
    {
        var current = part;
        while (current.ParentEId is { } parent && earlier(parent) is { } next)
        {
            if (next.Kind == "article")
                return next;
            current = next;
        }
        return null;
    }
}
