using KnowledgeBase.Core.Building;

namespace KnowledgeBase.Testing;

/// <summary>Where the shared test data lives, found from the repository root whatever folder the test runner starts in.</summary>
public static class TestPaths
{
    public static string Repository { get; } = DefaultPaths.RepositoryRoot();

    public static string TestData => Path.Combine(Repository, "tests", "TestData");

    /// <summary>A small corpus that exercises every feature: versions, a translation, an internal draft, a decree, a procedure.</summary>
    public static string FixtureContent => Path.Combine(TestData, "content");

    /// <summary>A corpus in which every instrument holds one kind of error.</summary>
    public static string BrokenContent => Path.Combine(TestData, "broken", "content");

    /// <summary>The corpus the site ships with.</summary>
    public static string ShippedContent => Path.Combine(Repository, "content");
}
