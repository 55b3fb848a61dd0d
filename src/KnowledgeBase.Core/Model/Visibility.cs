namespace KnowledgeBase.Core.Model;

/// <summary>Who may read a version: internal versions never enter a public build.</summary>
public enum Visibility
{
    Public,
    Internal,
}
