namespace KnowledgeBase.Tests;

/// <summary>Page tests share one build of the shipped corpus: building it is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class ShippedSite : ICollectionFixture<ShippedSiteFactory>
{
    public const string Name = "shipped site";
}
