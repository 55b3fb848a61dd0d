using KnowledgeBase.Core.Citations;

namespace KnowledgeBase.Core.Tests.Citations;

internal static class CitationAssert
{
    /// <summary>The recognizer finds exactly the citations marked in the sentence, with these targets (see <see cref="CitationNotation"/>).</summary>
    public static void Finds(CitationRecognizer recognizer, string marked, string targets)
    {
        var text = CitationNotation.Unmark(marked);
        var found = recognizer.Recognize(text);
        Assert.Equal(marked, CitationNotation.Mark(text, found));
        Assert.Equal(targets, CitationNotation.Targets(found));
        Assert.All(found, c => Assert.Equal(text.Substring(c.Start, c.Length), c.Text));
    }

    public static void FindsNothing(CitationRecognizer recognizer, string text) =>
        Assert.Equal(text, CitationNotation.Mark(text, recognizer.Recognize(text)));
}
