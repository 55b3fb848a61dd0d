using Markdig;
using Markdig.Parsers;

namespace KnowledgeBase.Core.Rendering;

/// <summary>Turns Markdown's indented code blocks off: legislation holds no code, and a line indented by four spaces is text.</summary>
/// <remarks>
/// Converted texts indent continuation lines and quoted amendments freely; CommonMark would show them as code (monospace,
/// no citations, no structure). Without the parser such a line is a paragraph. Fenced code (<c>```</c>) is still code,
/// since an author has to mean it.
/// </remarks>
public static class IndentedCodeSwitch
{
    public static MarkdownPipelineBuilder DisableIndentedCode(this MarkdownPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.BlockParsers.TryRemove<IndentedCodeBlockParser>();
        return builder;
    }
}
