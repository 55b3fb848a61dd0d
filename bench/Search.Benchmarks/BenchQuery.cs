namespace Search.Benchmarks;

/// <summary>One of the fixed queries: what is typed, and the kind filter applied with it, if any.</summary>
/// <param name="Category">term, phrase, prefix, citation or filter: the figures are checked and reported per category.</param>
public sealed record BenchQuery(string Category, string Text, string? Kind = null)
{
    public override string ToString() => Kind is null ? Text : $"{Text} [kind={Kind}]";
}
