using KnowledgeBase.Core.Search.Analysis;
using Lucene.Net.Analysis.Util;

namespace KnowledgeBase.Core.Search.Spelling;

/// <summary>The words an index document gives the spelling field (<see cref="IndexSchema.Spelling"/>): those of the
/// newest texts, each once per instrument version and language.</summary>
/// <remarks>
/// "Did you mean" needs to know which words exist and, to choose between equally near ones, roughly how common each is.
/// Analysing and indexing every word of every document a second time cost a third of the index stage, half of it the
/// analysis, half Lucene's work per token; most of those tokens repeat a word the instrument has already given. So the
/// words are cut in one pass over the characters (<see cref="WrittenWords"/>, not the analyzer), only the newest texts
/// (what a search shows by default, and the newest public one for readers who may not see drafts) give words, and a
/// provision gives only the words that no earlier provision of the same version and language gave, handed to the index
/// as they are (<see cref="WordListTokenStream"/>). A word's document frequency in
/// the field is then the number of newest texts that hold it. Entries arrive instrument by instrument
/// (<see cref="Building.Stages.WriteIndex"/>); were they interleaved, a word would only be given more than once.
/// Not thread-safe: one per writer.
/// </remarks>
internal sealed class SpellingWords
{
    private readonly char[] _buffer = new char[256];
    private readonly CharArraySet _given = new(ContentAnalyzers.Version, 4096, ignoreCase: false);
    private readonly List<string> _words = [];
    private (string Slug, string Version, string Language) _text = ("", "", "");

    /// <summary>The words of the entry no earlier entry of its text gave, in order of first appearance; none for an older version.</summary>
    public IReadOnlyList<string> NewIn(SearchEntry entry)
    {
        _words.Clear();
        if (!entry.IsNewestVersion && !entry.IsNewestPublicVersion)
            return _words;
        var text = (entry.Slug, entry.Version, entry.Language);
        if (text != _text)
        {
            _given.Clear();
            _text = text;
        }
        if (!string.IsNullOrEmpty(entry.Heading))
            Add(entry.Heading);
        Add(entry.Text);
        return _words;
    }

    private void Add(string value) => WrittenWords.Each(value, _buffer, this, static (words, buffer, length) => words.Give(buffer, length));

    // Looked up in place: only a word not given yet is copied out of the buffer.
    private void Give(char[] buffer, int length)
    {
        if (_given.Contains(buffer, 0, length))
            return;
        var word = new string(buffer, 0, length);
        _given.Add(word);
        _words.Add(word);
    }
}
