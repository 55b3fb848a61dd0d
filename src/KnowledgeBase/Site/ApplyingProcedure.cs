namespace KnowledgeBase.Site;

/// <summary>A procedure whose legal basis names a provision, with the versions of that provision it names.</summary>
public sealed record ApplyingProcedure(string Slug, string Title, IReadOnlyList<string> Versions);
