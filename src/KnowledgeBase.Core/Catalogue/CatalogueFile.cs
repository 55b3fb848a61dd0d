using System.Text;

namespace KnowledgeBase.Core.Catalogue;

/// <summary>Writes the catalogue of a build (<see cref="CataloguedInstrument"/>s, by slug) beside its store, and reads it back.</summary>
/// <remarks>
/// Reading every instrument and version from the LiteDB store of a national build costs about 0.9 s of CPU, which the first
/// reader of the home page waited for; this file holds the same records and is read in milliseconds. The titles, most of its
/// bytes, come last in one block that is read whole and decoded title by title when a page shows one
/// (<see cref="CatalogueTitles"/>). The build that writes it is already for one audience: a public build's file holds no
/// internal version.
/// </remarks>
public static class CatalogueFile
{
    /// <summary>The file's name in a build folder.</summary>
    public const string Name = "catalogue.bin";

    private const int FormatVersion = 1;

    /// <summary>Writes the records into <paramref name="path"/> through a new file renamed over it, so that a file the build
    /// took over from the published one (a copy or a hard link) is replaced, never written through.</summary>
    public static void Write(IEnumerable<CataloguedInstrument> instruments, string path)
    {
        var sorted = instruments.OrderBy(i => i.Slug, StringComparer.Ordinal).ToList();
        var written = path + ".new";
        using (var writer = new BinaryWriter(File.Create(written), Encoding.UTF8))
        {
            var titles = new MemoryStream();
            writer.Write(FormatVersion);
            writer.Write(sorted.Count);
            foreach (var instrument in sorted)
            {
                writer.Write(instrument.Slug);
                writer.Write(instrument.Kind);
                writer.Write(instrument.Titles.Count);
                // In the order they were written, as the store keeps them: a page falls back to the first title.
                foreach (var (language, bytes) in Encoded(instrument.Titles))
                {
                    writer.Write(language);
                    writer.Write(checked((int)titles.Length));
                    writer.Write(bytes.Length);
                    titles.Write(bytes.Span);
                }
                writer.Write(instrument.Versions.Count);
                foreach (var version in instrument.Versions)
                {
                    writer.Write(version.Label);
                    writer.Write(version.Date);
                    writer.Write(version.Status);
                    writer.Write(version.Visibility);
                    writer.Write(version.Note is not null);
                    if (version.Note is not null)
                        writer.Write(version.Note);
                }
            }
            writer.Write(checked((int)titles.Length));
            writer.Write(titles.GetBuffer(), 0, (int)titles.Length);
        }
        File.Move(written, path, overwrite: true);
    }

    /// <summary>The records written in <paramref name="path"/>, by slug; null when the build has none (written before the
    /// catalogue was) or one of another format.</summary>
    public static IReadOnlyList<CataloguedInstrument>? Read(string path) => File.Exists(path) ? Read(File.OpenRead(path)) : null;

    /// <summary>The records written in <paramref name="file"/>, which this closes; null when they are of another format.</summary>
    public static IReadOnlyList<CataloguedInstrument>? Read(Stream file)
    {
        using var reader = new BinaryReader(new BufferedStream(file, 1 << 16), Encoding.UTF8);
        if (reader.ReadInt32() != FormatVersion)
            return null;
        var words = new Words();
        var records = new (string Slug, string Kind, (string, int, int)[] Titles, CataloguedVersion[] Versions)[reader.ReadInt32()];
        for (var i = 0; i < records.Length; i++)
        {
            var slug = reader.ReadString();
            var kind = words.Of(reader.ReadString());
            var titles = new (string, int, int)[reader.ReadInt32()];
            for (var t = 0; t < titles.Length; t++)
                titles[t] = (words.Of(reader.ReadString()), reader.ReadInt32(), reader.ReadInt32());
            var versions = new CataloguedVersion[reader.ReadInt32()];
            for (var v = 0; v < versions.Length; v++)
                versions[v] = new CataloguedVersion(slug, reader.ReadString(), reader.ReadString(), words.Of(reader.ReadString()), words.Of(reader.ReadString()),
                    reader.ReadBoolean() ? reader.ReadString() : null);
            records[i] = (slug, kind, titles, versions);
        }
        var bytes = reader.ReadBytes(reader.ReadInt32());
        return [.. records.Select(r => new CataloguedInstrument(r.Slug, r.Kind, new CatalogueTitles(bytes, r.Titles), r.Versions))];
    }

    private static IEnumerable<(string Language, ReadOnlyMemory<byte> Bytes)> Encoded(IReadOnlyDictionary<string, string> titles) =>
        titles is CatalogueTitles read ? read.Encoded() : titles.Select(t => (t.Key, new ReadOnlyMemory<byte>(Encoding.UTF8.GetBytes(t.Value))));

    /// <summary>One string for each of the few words that repeat in every record (kinds, statuses, visibilities, languages),
    /// so that 20,000 records do not keep 20,000 copies of "in-force".</summary>
    private sealed class Words
    {
        private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

        public string Of(string word) => _seen.TryGetValue(word, out var seen) ? seen : _seen[word] = word;
    }
}
