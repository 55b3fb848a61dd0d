using System.Text;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site.Comparing;

/// <summary>One version's text as a comparative table quotes it: a provision's own wording, or an article's whole wording with its parts.</summary>
internal sealed class TextWording
{
    private readonly IReadOnlyList<StoredProvision> _inOrder;
    private readonly Dictionary<string, StoredProvision> _byEId;

    public TextWording(IReadOnlyList<StoredProvision> inOrder)
    {
        _inOrder = inOrder;
        _byEId = inOrder.ToDictionary(p => p.EId, StringComparer.Ordinal);
    }

    public StoredProvision this[string eId] => _byEId[eId];

    /// <summary>The article a part belongs to; null for a provision that is not inside an article.</summary>
    public string? ArticleOf(string eId)
    {
        var current = _byEId.GetValueOrDefault(eId);
        while (current?.ParentEId is { } parent && _byEId.TryGetValue(parent, out current))
        {
            if (current.Kind == "article")
                return current.EId;
        }
        return null;
    }

    /// <summary>The label (number and heading) and the provision's own words, without its parts.</summary>
    public static string Own(StoredProvision provision) =>
        string.Join(' ', new[] { provision.Label, provision.Text }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>The provision's own wording and that of everything nested in it, a line each.</summary>
    public string Whole(string eId)
    {
        var lines = new StringBuilder();
        foreach (var p in TextOutline.Subtree(_inOrder, eId))
        {
            if (lines.Length > 0)
                lines.Append('\n');
            lines.Append(Own(p));
        }
        return lines.ToString();
    }
}
