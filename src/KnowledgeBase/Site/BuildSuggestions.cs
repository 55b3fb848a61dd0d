using System.Runtime.CompilerServices;
using KnowledgeBase.Core.Search.Suggesting;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site;

/// <summary>Each published build's suggestion list, read on the first suggestion asked of it (through the handle opened with the build: see <see cref="SideFiles"/>) and dropped with the build.</summary>
internal static class BuildSuggestions
{
    private static readonly ConditionalWeakTable<PublishedBuild, SuggestionList> Lists = [];

    public static SuggestionList Of(PublishedBuild build) =>
        Lists.GetValue(build, b => b.ReadSideFile(SuggestionFile.Name) is { } file ? SuggestionFile.Read(file) : SuggestionList.Empty);
}
