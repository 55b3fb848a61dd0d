using System.Globalization;
using System.Text;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Search;

/// <summary>How values are spelled in the exact-match fields, so that the writer and the filters of a request agree.</summary>
internal static class IndexTerms
{
    public const string True = "true";
    public const string False = "false";

    public static IReadOnlyList<string> Kinds { get; } = [.. Enum.GetValues<InstrumentKind>().Select(Of)];
    public static IReadOnlyList<string> Statuses { get; } = [.. Enum.GetValues<VersionStatus>().Select(Of)];

    public static string Of(InstrumentKind kind) => Kebab(kind.ToString());
    public static string Of(VersionStatus status) => Kebab(status.ToString());
    public static string Of(Visibility visibility) => Kebab(visibility.ToString());
    public static string Of(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string Of(bool value) => value ? True : False;

    /// <summary><c>InForce</c> → <c>in-force</c>: the spelling of content files.</summary>
    private static string Kebab(string name)
    {
        var kebab = new StringBuilder(name.Length + 4);
        foreach (var letter in name)
        {
            if (char.IsUpper(letter) && kebab.Length > 0)
                kebab.Append('-');
            kebab.Append(char.ToLowerInvariant(letter));
        }
        return kebab.ToString();
    }
}
