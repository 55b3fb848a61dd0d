using Markdig.Syntax;

namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>The blocks of a document that may carry structure: its top-level blocks and the blocks inside its (nested) lists.</summary>
/// <remarks>
/// Block quotes, HTML and code are not entered: what they hold is text. The walk uses its own stack,
/// so a deeply nested list cannot exhaust the call stack.
/// </remarks>
internal static class OutlineBlocks
{
    /// <summary>The blocks in document order; <c>TopLevel</c> is true for a direct child of the document.</summary>
    public static IEnumerable<(Block Block, bool TopLevel)> InOrder(MarkdownDocument document)
    {
        var pending = new Stack<(Block Block, bool TopLevel)>();
        PushChildren(pending, document, topLevel: true);
        while (pending.TryPop(out var item))
        {
            yield return item;
            if (item.Block is ListBlock or ListItemBlock)
                PushChildren(pending, (ContainerBlock)item.Block, topLevel: false);
        }
    }

    private static void PushChildren(Stack<(Block, bool)> pending, ContainerBlock container, bool topLevel)
    {
        for (var i = container.Count - 1; i >= 0; i--)
            pending.Push((container[i], topLevel));
    }
}
