using DiffPlex;

namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Cuts a text into words, runs of spaces and single punctuation marks for DiffPlex, keeping every letter of every alphabet inside its word.</summary>
/// <remarks>
/// DiffPlex's own word chunker splits at a fixed list of separators; this one asks Unicode instead, so an Azerbaijani or
/// Russian word is never cut at a letter the list does not know. Joining the chunks gives back the text exactly.
/// </remarks>
public sealed class WordChunker : IChunker
{
    public static WordChunker Instance { get; } = new();

    public IReadOnlyList<string> Chunk(string text)
    {
        var chunks = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = start + 1;
            while (end < text.Length && !StartsChunk(text[end - 1], text[end]))
                end++;
            chunks.Add(text[start..end]);
            start = end;
        }
        return chunks;
    }

    /// <summary>Whether a text may be cut before <paramref name="index"/> so that both sides chunk as they do within the whole
    /// text: after a punctuation mark (a chunk of its own), or between characters of two kinds.</summary>
    public static bool MayCut(string text, int index) =>
        index == 0 || index == text.Length || StartsChunk(text[index - 1], text[index]);

    /// <summary>How many chunks <see cref="Chunk"/> cuts <paramref name="text"/> into.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
            if (i == 0 || StartsChunk(text[i - 1], text[i]))
                count++;
        return count;
    }

    /// <summary>Whether a chunk starts at <paramref name="at"/> when <paramref name="before"/> precedes it: after a punctuation
    /// mark (a chunk of its own), or where the kind of character changes.</summary>
    private static bool StartsChunk(char before, char at) =>
        KindOf(before) is var kind && (kind == ChunkKind.Punctuation || kind != KindOf(at));

    private static ChunkKind KindOf(char c) =>
        Words.IsWordCharacter(c) ? ChunkKind.Word : char.IsWhiteSpace(c) ? ChunkKind.Space : ChunkKind.Punctuation;

    private enum ChunkKind { Word, Space, Punctuation }
}
