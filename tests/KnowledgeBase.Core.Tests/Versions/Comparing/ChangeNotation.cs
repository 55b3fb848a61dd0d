using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Core.Tests.Versions.Comparing;

/// <summary>A change written as a reader would say it: <c>renumbered art_3 -> art_4</c>, <c>added art_3</c>, <c>removed art_9</c>.</summary>
internal static class ChangeNotation
{
    public static string Of(ProvisionChange change) => change.Kind switch
    {
        ChangeKind.Added => $"added {change.ToEId}",
        ChangeKind.Removed => $"removed {change.FromEId}",
        _ => $"{change.Kind.ToString().ToLowerInvariant()} {change.FromEId} -> {change.ToEId}",
    };

    public static string[] Of(VersionComparison comparison) => [.. comparison.Changes.Select(Of)];
}
