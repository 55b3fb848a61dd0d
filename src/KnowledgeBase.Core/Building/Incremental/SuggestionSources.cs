using System.Text;
using KnowledgeBase.Core.Search.Suggesting;

namespace KnowledgeBase.Core.Building.Incremental;

/// <summary>Each instrument's suggested names, kept beside a build so that the next incremental build can make the whole list again.</summary>
/// <remarks>The list keeps the first of a repeated name, so names of instruments that were not read again are needed, not only the list.</remarks>
public static class SuggestionSources
{
    public const string FileName = "suggestion-sources.bin";

    /// <summary>One line per instrument, <c>digest slug</c>: whether an instrument's names changed is known without reading them all.</summary>
    public const string DigestsFileName = "suggestion-digests.tsv";

    private const int FormatVersion = 1;

    public static void Write(IReadOnlyList<InstrumentSuggestions> instruments, string folder)
    {
        File.WriteAllLines(Path.Combine(folder, DigestsFileName), instruments.Select(i => $"{Digest(i)}\t{i.Slug}"));
        using var writer = new BinaryWriter(File.Create(Path.Combine(folder, FileName)), Encoding.UTF8);
        writer.Write(FormatVersion);
        writer.Write(instruments.Count);
        foreach (var instrument in instruments)
        {
            writer.Write(instrument.Slug);
            writer.Write(instrument.IsProcedure);
            Write(writer, instrument.Titles);
            Write(writer, instrument.Headings);
        }
    }

    /// <summary>The names saved in <paramref name="folder"/>, or null when there are none (a full build follows).</summary>
    public static IReadOnlyList<InstrumentSuggestions>? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            return null;
        using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16), Encoding.UTF8);
        if (reader.ReadInt32() != FormatVersion)
            return null;
        var instruments = new InstrumentSuggestions[reader.ReadInt32()];
        for (var i = 0; i < instruments.Length; i++)
        {
            var slug = reader.ReadString();
            var isProcedure = reader.ReadBoolean();
            var titles = Read(reader, slug);
            instruments[i] = new InstrumentSuggestions(slug, isProcedure, titles, Read(reader, slug));
        }
        return instruments;
    }

    /// <summary>The digest of each instrument's names saved in <paramref name="folder"/>, or null when there are none.</summary>
    public static Dictionary<string, string>? ReadDigests(string folder)
    {
        var path = Path.Combine(folder, DigestsFileName);
        if (!File.Exists(path))
            return null;
        var digests = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
            if (line.Split('\t') is [var digest, var slug])
                digests[slug] = digest;
        return digests;
    }

    /// <summary>A hash of everything an instrument's names write: equal digests, equal names.</summary>
    public static string Digest(InstrumentSuggestions instrument)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(instrument.IsProcedure);
            Write(writer, instrument.Titles);
            Write(writer, instrument.Headings);
        }
        return Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(buffer.ToArray()));
    }

    private static void Write(BinaryWriter writer, IReadOnlyList<Suggestion> suggestions)
    {
        writer.Write(suggestions.Count);
        foreach (var suggestion in suggestions)
        {
            writer.Write(suggestion.Text);
            writer.Write((byte)suggestion.Kind);
            writer.Write(suggestion.Language);
            writer.Write(suggestion.Version);
            writer.Write(suggestion.EId ?? "\0");
        }
    }

    private static Suggestion[] Read(BinaryReader reader, string slug)
    {
        var suggestions = new Suggestion[reader.ReadInt32()];
        for (var i = 0; i < suggestions.Length; i++)
        {
            var text = reader.ReadString();
            var kind = (SuggestionKind)reader.ReadByte();
            var language = reader.ReadString();
            var version = reader.ReadString();
            var eId = reader.ReadString();
            suggestions[i] = new Suggestion(text, kind, language, slug, version, eId == "\0" ? null : eId);
        }
        return suggestions;
    }
}
