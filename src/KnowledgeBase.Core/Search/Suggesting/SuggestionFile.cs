using System.Text;

namespace KnowledgeBase.Core.Search.Suggesting;

/// <summary>Writes a <see cref="SuggestionList"/> into a build and reads it back, keys already sorted, so opening costs no sort.</summary>
public static class SuggestionFile
{
    /// <summary>The file's name in a build folder.</summary>
    public const string Name = "suggestions.bin";

    private const int FormatVersion = 1;

    public static void Write(SuggestionList list, string path)
    {
        using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
        writer.Write(FormatVersion);
        writer.Write(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var suggestion = list.Suggestions[i];
            writer.Write(suggestion.Text);
            writer.Write((byte)suggestion.Kind);
            writer.Write(suggestion.Language);
            writer.Write(suggestion.Slug);
            writer.Write(suggestion.Version);
            writer.Write(suggestion.EId ?? "");
            writer.Write(list.Folded[i]);
        }
        writer.Write(list.Keys.Count);
        foreach (var (suggestion, offset) in list.Keys)
        {
            writer.Write(suggestion);
            writer.Write(offset);
        }
    }

    /// <summary>The list written in <paramref name="path"/>; empty when the build has none (a build written before suggestions existed).</summary>
    public static SuggestionList Read(string path) => File.Exists(path) ? Read(File.OpenRead(path)) : SuggestionList.Empty;

    /// <summary>The list written in <paramref name="file"/>, which this closes.</summary>
    public static SuggestionList Read(Stream file)
    {
        using var reader = new BinaryReader(new BufferedStream(file, 1 << 16), Encoding.UTF8);
        if (reader.ReadInt32() != FormatVersion)
            return SuggestionList.Empty;
        var count = reader.ReadInt32();
        var suggestions = new Suggestion[count];
        var folded = new string[count];
        for (var i = 0; i < count; i++)
        {
            var text = reader.ReadString();
            var kind = (SuggestionKind)reader.ReadByte();
            var language = reader.ReadString();
            var slug = reader.ReadString();
            var version = reader.ReadString();
            var eId = reader.ReadString();
            suggestions[i] = new Suggestion(text, kind, language, slug, version, eId.Length == 0 ? null : eId);
            folded[i] = reader.ReadString();
        }
        var keys = new (int, int)[reader.ReadInt32()];
        for (var k = 0; k < keys.Length; k++)
            keys[k] = (reader.ReadInt32(), reader.ReadInt32());
        return new SuggestionList(suggestions, folded, keys);
    }
}
