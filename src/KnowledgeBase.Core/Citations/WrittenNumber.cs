namespace KnowledgeBase.Core.Citations;

/// <summary>One number of a citation: written ones have a place in the text; those a range implies have none.</summary>
internal readonly record struct WrittenNumber(string Value, int Start, int Length)
{
    public static WrittenNumber Implied(string value) => new(value, -1, 0);
}
