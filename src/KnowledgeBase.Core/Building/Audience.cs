namespace KnowledgeBase.Core.Building;

/// <summary>Who a build is for: the public build holds public versions only; the internal one holds everything.</summary>
public enum Audience
{
    Public,
    Internal,
}
