using Markdig;
using Markdig.Parsers;
using KnowledgeBase.Core.Rendering;
using Markdig.Syntax;

namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>The Markdig pipeline that reads the block structure of a body: where headings, paragraphs, lists and code are.</summary>
/// <remarks>
/// Inline parsing is switched off: structure needs only block boundaries, inlines are most of Markdig's time,
/// and an inline-parsed block gives up its source lines, which are where heading text is read from.
/// Indented code is off as in rendering (<see cref="IndentedCodeSwitch"/>). A pipeline is immutable and thread-safe, so one serves every parser.
/// </remarks>
internal static class StructurePipeline
{
    public static MarkdownPipeline Instance { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation().DisableIndentedCode();
        foreach (var parser in builder.BlockParsers)
            parser.Closed += KeepSourceLines;
        return builder.Build();
    }

    private static void KeepSourceLines(BlockProcessor processor, Block block)
    {
        if (block is LeafBlock leaf)
            leaf.ProcessInlines = false;
    }
}
