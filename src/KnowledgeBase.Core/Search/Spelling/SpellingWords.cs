using KnowledgeBase.Core.Search.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace KnowledgeBase.Core.Search.Spelling;

/// <summary>The words an index document gives the spelling field (<see cref="IndexSchema.Spelling"/>): those of the
/// newest texts, each once per instrument version and language.</summary>
/// <remarks>
/// "Did you mean" needs to know which words exist and, to choose between equally near ones, roughly how common each is.
/// Indexing every word of every document a second time cost a third of the index stage (Lucene's work per token, not
/// the analysis); most of those tokens repeat a word the instrument has already given. So only the newest texts (what a
/// search shows by default, and the newest public one for readers who may not see drafts) give words, and a provision
/// gives only the words that no earlier provision of the same version and language gave. A word's document frequency in
/// the field is then the number of newest texts that hold it. Entries arrive instrument by instrument
/// (<see cref="Building.Stages.WriteIndex"/>); were they interleaved, a word would only be given more than once.
/// Not thread-safe: one per writer.
/// </remarks>
internal sealed class SpellingWords : IDisposable
{
    private readonly SpellingAnalyzer _analyzer = new();
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

    private void Add(string value)
    {
        using var stream = _analyzer.GetTokenStream(IndexSchema.Spelling, value);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            // Looked up in place: only a word not given yet is copied out of the token's buffer.
            if (!_given.Contains(term.Buffer, 0, term.Length))
            {
                var word = new string(term.Buffer, 0, term.Length);
                _given.Add(word);
                _words.Add(word);
            }
        }
        stream.End();
    }

    public void Dispose() => _analyzer.Dispose();
}
