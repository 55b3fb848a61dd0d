using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>The words content uses for kinds, statuses and visibilities (<c>in-force</c>), both ways.</summary>
public static class EnumNames
{
    public static string Of(InstrumentKind kind) => kind.ToString().ToLowerInvariant();

    public static string Of(Visibility visibility) => visibility.ToString().ToLowerInvariant();

    public static string Of(VersionStatus status) => status == VersionStatus.InForce ? "in-force" : status.ToString().ToLowerInvariant();

    public static bool TryParse<T>(string? word, out T value) where T : struct, Enum
    {
        value = default;
        return word is not null
            && !word.Any(char.IsAsciiDigit)
            && Enum.TryParse(word.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out value)
            && Enum.IsDefined(value);
    }

    /// <summary>The words allowed for an enum, for error messages: <c>draft | submitted | …</c>.</summary>
    public static string Allowed<T>() where T : struct, Enum =>
        string.Join(" | ", Enum.GetValues<T>().Select(v => v switch
        {
            VersionStatus s => Of(s),
            InstrumentKind k => Of(k),
            Visibility vi => Of(vi),
            _ => v.ToString().ToLowerInvariant(),
        }));
}
