using System.Collections;
using System.Text;

namespace KnowledgeBase.Core.Catalogue;

/// <summary>An instrument's titles as <see cref="CatalogueFile"/> reads them: kept as UTF-8 bytes of the file and decoded
/// only when a page shows one.</summary>
/// <remarks>
/// Titles are most of a national catalogue (4.4 million characters for 20,000 acts), and a page shows at most a hundred of
/// them: decoding all of them made reading the file several times slower. Languages keep the order they were written in,
/// as the store keeps them (a page falls back to the first title).
/// </remarks>
internal sealed class CatalogueTitles(byte[] bytes, (string Language, int Offset, int Length)[] titles) : IReadOnlyDictionary<string, string>
{
    public string this[string key] => TryGetValue(key, out var title) ? title : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => titles.Select(t => t.Language);

    public IEnumerable<string> Values => titles.Select(Decode);

    public int Count => titles.Length;

    public bool ContainsKey(string key) => Array.Exists(titles, t => t.Language == key);

    public bool TryGetValue(string key, out string value)
    {
        foreach (var title in titles)
            if (title.Language == key)
            {
                value = Decode(title);
                return true;
            }
        value = "";
        return false;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
        titles.Select(t => KeyValuePair.Create(t.Language, Decode(t))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Each title's language and bytes as read, so that a catalogue written again (by an incremental build) copies
    /// them instead of decoding and encoding 4 million characters.</summary>
    public IEnumerable<(string Language, ReadOnlyMemory<byte> Bytes)> Encoded() =>
        titles.Select(t => (t.Language, new ReadOnlyMemory<byte>(bytes, t.Offset, t.Length)));

    private string Decode((string Language, int Offset, int Length) title) => Encoding.UTF8.GetString(bytes, title.Offset, title.Length);
}
