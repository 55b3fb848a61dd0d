using KnowledgeBase.Core.Linking;

namespace KnowledgeBase.Core.Rendering;

/// <summary>A citation found while rendering a provision's text, with its resolution.</summary>
/// <param name="LineOffset">0-based line within the provision's text.</param>
public sealed record LinkedCitation(string Text, Resolution Resolution, int LineOffset);
