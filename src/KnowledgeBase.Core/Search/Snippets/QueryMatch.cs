namespace KnowledgeBase.Core.Search.Snippets;

/// <summary>One thing a query asks of a text field that a snippet marks: a word or a phrase, with the boost it was given.</summary>
/// <remarks>The boost weighs a passage: a passage's score is the sum of the weights of the different words it marks.</remarks>
internal abstract record QueryMatch(float Weight);

/// <summary>A word, marked wherever it stands.</summary>
/// <param name="Word">The word's number in <see cref="QueryWords"/>.</param>
internal sealed record WordMatch(int Word, float Weight) : QueryMatch(Weight);

/// <summary>A phrase, whose words are marked only where the whole phrase stands.</summary>
/// <param name="Slots">The words that may stand at each of the phrase's places, in order (more than one where the analysis
/// keeps two forms of a word at one position, as the Azerbaijani analysis does).</param>
/// <param name="Slop">How many positions the places may stray: the typed slop plus the largest gap a removed stop word left.</param>
/// <param name="InOrder">Whether the places must come in order; a phrase with any slop may come in any order.</param>
/// <param name="Words">The phrase's different words, each marked where the phrase stands.</param>
internal sealed record PhraseMatch(int[][] Slots, int Slop, bool InOrder, int[] Words, float Weight) : QueryMatch(Weight);
