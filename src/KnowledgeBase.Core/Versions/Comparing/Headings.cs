namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>A heading as matchers compare it: its words, lower-cased, so "Fees." and "fees" are one heading.</summary>
internal static class Headings
{
    public static string Normalized(string? heading) => heading is null ? "" : string.Join(' ', Words.Of(heading));
}
