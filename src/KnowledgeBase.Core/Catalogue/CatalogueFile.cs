using System.Text;

namespace KnowledgeBase.Core.Catalogue;

/// <summary>Writes the catalogue of a build (<see cref="CataloguedInstrument"/>s, by slug) beside its store, and reads it back.</summary>
/// <remarks>
/// Reading every instrument and version from the LiteDB store of a national build costs about 0.9 s of CPU, which the first
/// reader of the home page waited for; this file holds the same records in a few MB and is read in milliseconds. The build
/// that writes it is already for one audience: a public build's file holds no internal version.
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
            writer.Write(FormatVersion);
            writer.Write(sorted.Count);
            foreach (var instrument in sorted)
            {
                writer.Write(instrument.Slug);
                writer.Write(instrument.Kind);
                writer.Write(instrument.Titles.Count);
                // In the order they were written, as the store keeps them: a page falls back to the first title.
                foreach (var (language, title) in instrument.Titles)
                {
                    writer.Write(language);
                    writer.Write(title);
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
        }
        File.Move(written, path, overwrite: true);
    }

    /// <summary>The records written in <paramref name="path"/>, by slug; null when the build has none (written before the
    /// catalogue was) or one of another format.</summary>
    public static IReadOnlyList<CataloguedInstrument>? Read(string path)
    {
        if (!File.Exists(path))
            return null;
        using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16), Encoding.UTF8);
        if (reader.ReadInt32() != FormatVersion)
            return null;
        var instruments = new CataloguedInstrument[reader.ReadInt32()];
        for (var i = 0; i < instruments.Length; i++)
        {
            var slug = reader.ReadString();
            var kind = reader.ReadString();
            var titleCount = reader.ReadInt32();
            var titles = new Dictionary<string, string>(titleCount, StringComparer.Ordinal);
            for (var t = 0; t < titleCount; t++)
                titles.Add(reader.ReadString(), reader.ReadString());
            var versions = new CataloguedVersion[reader.ReadInt32()];
            for (var v = 0; v < versions.Length; v++)
                versions[v] = new CataloguedVersion(slug, reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(),
                    reader.ReadBoolean() ? reader.ReadString() : null);
            instruments[i] = new CataloguedInstrument(slug, kind, titles, versions);
        }
        return instruments;
    }
}
