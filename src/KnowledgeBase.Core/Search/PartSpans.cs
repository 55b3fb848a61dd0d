using System.Globalization;
using Lucene.Net.Documents;

namespace KnowledgeBase.Core.Search;

/// <summary>How <see cref="ProvisionPart"/>s are stored in <see cref="IndexSchema.PartSpan"/>: <c>eId start length</c>.</summary>
internal static class PartSpans
{
    public static string Format(ProvisionPart part) =>
        string.Create(CultureInfo.InvariantCulture, $"{part.EId} {part.Start} {part.Length}");

    public static IReadOnlyList<ProvisionPart> Read(Document document)
    {
        var parts = new List<ProvisionPart>();
        foreach (var span in document.GetValues(IndexSchema.PartSpan))
        {
            var fields = span.Split(' ');
            if (fields.Length == 3
                && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
                parts.Add(new ProvisionPart(fields[0], start, length));
        }
        return parts;
    }

    /// <summary>The part whose words include the character at <paramref name="offset"/> of the stored text, if any.</summary>
    public static ProvisionPart? At(IReadOnlyList<ProvisionPart> parts, int offset) =>
        parts.FirstOrDefault(p => offset >= p.Start && offset < p.Start + p.Length);
}
