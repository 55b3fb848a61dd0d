using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Api;

/// <summary>Rebuilds the nesting of a text's stored provisions, which are kept flat in document order with their parent's id.</summary>
public static class ProvisionTree
{
    public static IReadOnlyList<ProvisionNode> Build(IReadOnlyList<StoredProvision> inOrder)
    {
        var children = inOrder.ToLookup(p => p.ParentEId);
        var nodes = new Dictionary<string, ProvisionNode>(StringComparer.Ordinal);
        // Children come after their parent in document order, so building from the end sees every child before its parent.
        for (var i = inOrder.Count - 1; i >= 0; i--)
        {
            var p = inOrder[i];
            nodes[p.EId] = new ProvisionNode(p.EId, p.Kind, p.Num, p.Heading, p.Text, [.. children[p.EId].Select(c => nodes[c.EId])]);
        }
        return [.. children[null].Select(p => nodes[p.EId])];
    }
}
