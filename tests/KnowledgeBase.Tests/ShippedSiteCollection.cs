namespace KnowledgeBase.Tests;

/// <summary>Test classes in this collection share one <see cref="ShippedSiteFactory"/>, so the shipped corpus is built once per run.</summary>
[CollectionDefinition(Name)]
public sealed class ShippedSiteCollection : ICollectionFixture<ShippedSiteFactory>
{
    public const string Name = "shipped site";
}
