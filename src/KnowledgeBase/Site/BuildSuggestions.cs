using System.Runtime.CompilerServices;
using KnowledgeBase.Core.Search.Suggesting;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site;

/// <summary>Each published build's suggestion list, read from its folder on the first suggestion asked of it and dropped with the build.</summary>
internal static class BuildSuggestions
{
    private static readonly ConditionalWeakTable<PublishedBuild, SuggestionList> Lists = [];

    public static SuggestionList Of(PublishedBuild build) =>
        Lists.GetValue(build, b => SuggestionFile.Read(Path.Combine(b.Path, SuggestionFile.Name)));
}
