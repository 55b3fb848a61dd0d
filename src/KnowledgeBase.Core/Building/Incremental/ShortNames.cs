using System.Text.Json;
using KnowledgeBase.Core.Citations;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building.Incremental;

/// <summary>The short names of every instrument that has some, kept beside a build: texts are recognised by them, so an
/// incremental build that links a few instruments needs them all without reading every instrument from the store.</summary>
public static class ShortNames
{
    public const string FileName = "short-names.json";

    public static SortedDictionary<string, Dictionary<string, List<string>>> Of(IEnumerable<Instrument> instruments) =>
        new(instruments.Where(i => i.ShortNames.Count > 0).ToDictionary(
            i => i.Slug,
            i => i.ShortNames.ToDictionary(n => n.Key, n => n.Value.ToList(), StringComparer.Ordinal),
            StringComparer.Ordinal), StringComparer.Ordinal);

    public static void Write(SortedDictionary<string, Dictionary<string, List<string>>> names, string folder) =>
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(names));

    /// <summary>The names saved in <paramref name="folder"/>, or null when there are none (a full build follows).</summary>
    public static SortedDictionary<string, Dictionary<string, List<string>>>? Read(string folder)
    {
        try
        {
            var names = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, List<string>>>>(File.ReadAllText(Path.Combine(folder, FileName)));
            return names is null ? null : new(names, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The names in one language in corpus (slug) order, as <see cref="Stages.LinkCitations"/> gives them to a recogniser.</summary>
    public static IReadOnlyList<InstrumentName> In(SortedDictionary<string, Dictionary<string, List<string>>> names, string language) =>
        [.. names.Where(n => n.Value.ContainsKey(language)).Select(n => new InstrumentName(n.Key, n.Value[language]))];
}
