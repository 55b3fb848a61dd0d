namespace KnowledgeBase.Site;

/// <summary>The permanent link shown beside a provision in a text: where it goes and what a screen reader says for it.</summary>
public sealed record ProvisionPermalink(string Href, string Label);
