using Markdig;

namespace KnowledgeBase.Core.Rendering;

/// <summary>The one place Markdig pipelines are built, so parsing and rendering agree everywhere.</summary>
/// <remarks>Markdig pipelines are immutable once built and may be shared between threads; parsers built from them may not.</remarks>
public static class MarkdownPipelines
{
    /// <summary>Renders provision text: tables and extra emphasis; raw HTML is parsed so that the few allowed tags
    /// (<see cref="Html.RawHtmlTags"/>) become markup, and everything else is shown as text.</summary>
    public static MarkdownPipeline Rendering { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UsePreciseSourceLocation()
        .Build();
}
