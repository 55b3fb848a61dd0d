using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace KnowledgeBase.Core.Catalogue;

/// <summary>Writes the catalogue of a build (<see cref="CataloguedInstrument"/>s, by slug) beside its store, and reads it back.</summary>
/// <remarks>
/// Reading every instrument and version from the LiteDB store of a national build costs about 0.9 s of CPU, which the first
/// reader of the home page waited for; this file holds the same records and is read in milliseconds. The titles and notices,
/// most of its bytes, come last in one block that is kept whole and decoded text by text when a page shows one
/// (<see cref="CatalogueTitles"/>). The build that writes it is already for one audience: a public build's file holds no
/// internal version. Its last 8 bytes are the XxHash3 of the others: the manifest checks sizes only, and a file damaged at
/// the right size must be found, not read as a wrong list (<see cref="DamagedCatalogueException"/>).
/// </remarks>
public static class CatalogueFile
{
    /// <summary>The file's name in a build folder.</summary>
    public const string Name = "catalogue.bin";

    // 2: notices, each version's languages, and the checksum (the API's list of instruments and the feed read the file).
    private const int FormatVersion = 2;

    private const int ChecksumBytes = sizeof(ulong);

    private static readonly IReadOnlyDictionary<string, string> NoTexts = new Dictionary<string, string>();

    /// <summary>Writes the records into <paramref name="path"/> through a new file renamed over it, so that a file the build
    /// took over from the published one (a copy or a hard link) is replaced, never written through.</summary>
    public static void Write(IEnumerable<CataloguedInstrument> instruments, string path)
    {
        var sorted = instruments.OrderBy(i => i.Slug, StringComparer.Ordinal).ToList();
        var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            var texts = new MemoryStream();
            writer.Write(FormatVersion);
            writer.Write(sorted.Count);
            foreach (var instrument in sorted)
            {
                writer.Write(instrument.Slug);
                writer.Write(instrument.Kind);
                // In the order they were written, as the store keeps them: a page falls back to the first title.
                WriteTexts(writer, texts, instrument.Titles);
                WriteTexts(writer, texts, instrument.Notices);
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
                    writer.Write(version.Languages.Count);
                    foreach (var language in version.Languages)
                        writer.Write(language);
                }
            }
            writer.Write(checked((int)texts.Length));
            writer.Write(texts.GetBuffer(), 0, (int)texts.Length);
        }
        var written = path + ".new";
        using (var file = File.Create(written))
        {
            var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
            file.Write(bytes);
            Span<byte> checksum = stackalloc byte[ChecksumBytes];
            BinaryPrimitives.WriteUInt64LittleEndian(checksum, XxHash3.HashToUInt64(bytes));
            file.Write(checksum);
        }
        File.Move(written, path, overwrite: true);
    }

    private static void WriteTexts(BinaryWriter writer, MemoryStream texts, IReadOnlyDictionary<string, string> byLanguage)
    {
        writer.Write(byLanguage.Count);
        foreach (var (language, bytes) in Encoded(byLanguage))
        {
            writer.Write(language);
            writer.Write(checked((int)texts.Length));
            writer.Write(bytes.Length);
            texts.Write(bytes.Span);
        }
    }

    /// <summary>The records written in <paramref name="path"/>, by slug; null when the build has none (written before the
    /// catalogue was) or one of another format.</summary>
    /// <exception cref="DamagedCatalogueException">The file is not as it was written.</exception>
    public static IReadOnlyList<CataloguedInstrument>? Read(string path) => File.Exists(path) ? Read(File.OpenRead(path)) : null;

    /// <summary>The records written in <paramref name="file"/>, which this closes; null when they are of another format.</summary>
    /// <exception cref="DamagedCatalogueException">The file is not as it was written.</exception>
    public static IReadOnlyList<CataloguedInstrument>? Read(Stream file)
    {
        byte[] bytes;
        using (file)
        {
            bytes = new byte[file.Length];
            file.ReadExactly(bytes);
        }
        if (bytes.Length < sizeof(int) || BinaryPrimitives.ReadInt32LittleEndian(bytes) != FormatVersion)
            return null;
        var body = bytes.AsSpan(0, Math.Max(0, bytes.Length - ChecksumBytes));
        if (bytes.Length < sizeof(int) + ChecksumBytes || XxHash3.HashToUInt64(body) != BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(body.Length)))
            throw new DamagedCatalogueException($"{Name} does not match its checksum: it is not as the indexer wrote it");
        try
        {
            return Parse(bytes, body.Length);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // The checksum matched but the records do not read: written by a faulty indexer, not damaged on disk.
            throw new DamagedCatalogueException($"{Name} cannot be read: {e.Message}", e);
        }
    }

    private static IReadOnlyList<CataloguedInstrument> Parse(byte[] bytes, int length)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, 0, length, writable: false), Encoding.UTF8);
        reader.ReadInt32();
        var words = new Words();
        var records = new (string Slug, string Kind, (string, int, int)[] Titles, (string, int, int)[] Notices, CataloguedVersion[] Versions)[reader.ReadInt32()];
        for (var i = 0; i < records.Length; i++)
        {
            var slug = reader.ReadString();
            var kind = words.Of(reader.ReadString());
            var titles = ReadTexts(reader, words);
            var notices = ReadTexts(reader, words);
            var versions = new CataloguedVersion[reader.ReadInt32()];
            for (var v = 0; v < versions.Length; v++)
            {
                versions[v] = new CataloguedVersion(slug, reader.ReadString(), reader.ReadString(), words.Of(reader.ReadString()), words.Of(reader.ReadString()),
                    reader.ReadBoolean() ? reader.ReadString() : null);
                var languages = new string[reader.ReadInt32()];
                for (var l = 0; l < languages.Length; l++)
                    languages[l] = words.Of(reader.ReadString());
                versions[v] = versions[v] with { Languages = words.Of(languages) };
            }
            records[i] = (slug, kind, titles, notices, versions);
        }
        // The texts stay in the file's bytes: their offsets are counted from the block's start, which follows its length.
        var textsLength = reader.ReadInt32();
        var textsStart = checked((int)reader.BaseStream.Position);
        if (textsStart + textsLength != length)
            throw new EndOfStreamException($"its texts end at byte {textsStart + textsLength}, not at {length}");
        return [.. records.Select(r => new CataloguedInstrument(r.Slug, r.Kind, Texts(r.Titles), r.Versions) { Notices = Texts(r.Notices) })];

        IReadOnlyDictionary<string, string> Texts((string Language, int Offset, int Length)[] texts)
        {
            if (texts.Length == 0)
                return NoTexts;
            foreach (var (_, offset, count) in texts)
                if (offset < 0 || count < 0 || offset + count > textsLength)
                    throw new EndOfStreamException("a text lies outside the texts block");
            return new CatalogueTitles(bytes, [.. texts.Select(t => (t.Language, textsStart + t.Offset, t.Length))]);
        }
    }

    private static (string Language, int Offset, int Length)[] ReadTexts(BinaryReader reader, Words words)
    {
        var texts = new (string, int, int)[reader.ReadInt32()];
        for (var t = 0; t < texts.Length; t++)
            texts[t] = (words.Of(reader.ReadString()), reader.ReadInt32(), reader.ReadInt32());
        return texts;
    }

    private static IEnumerable<(string Language, ReadOnlyMemory<byte> Bytes)> Encoded(IReadOnlyDictionary<string, string> titles) =>
        titles is CatalogueTitles read ? read.Encoded() : titles.Select(t => (t.Key, new ReadOnlyMemory<byte>(Encoding.UTF8.GetBytes(t.Value))));

    /// <summary>One string for each of the few words that repeat in every record (kinds, statuses, visibilities, languages),
    /// so that 20,000 records do not keep 20,000 copies of "in-force"; likewise one list of languages for each that repeats.</summary>
    private sealed class Words
    {
        private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string[]> _lists = new(StringComparer.Ordinal);

        public string Of(string word) => _seen.TryGetValue(word, out var seen) ? seen : _seen[word] = word;

        public string[] Of(string[] words)
        {
            var key = string.Join('\n', words);
            return _lists.TryGetValue(key, out var seen) ? seen : _lists[key] = words;
        }
    }
}
