namespace KnowledgeBase.Tests.Browser;

/// <summary>Every browser test class joins this collection, so the site is built and started, and Chromium launched, once.</summary>
/// <remarks>xunit runs the classes of one collection one after another: the browser is shared, never raced.</remarks>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}
