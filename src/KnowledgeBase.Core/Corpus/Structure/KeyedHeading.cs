namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>A heading's text with its <c>{#key}</c> taken off.</summary>
/// <param name="Text">The heading without the key, trimmed.</param>
/// <param name="Key">The key when it is well formed.</param>
/// <param name="RejectedKey">What was written between <c>{#</c> and <c>}</c> when it is not a valid key.</param>
internal readonly record struct KeyedHeading(string Text, string? Key, string? RejectedKey);
