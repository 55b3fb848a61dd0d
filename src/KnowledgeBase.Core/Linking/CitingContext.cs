using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Linking;

/// <summary>Where a citation is written: it decides which version and language the citation resolves to.</summary>
/// <param name="Visibility">The citing version's. A public text cites only public versions, so that its links are the same in
/// the internal build as in the public one, which holds no internal version at all: an officer reading a public text on the
/// internal site never meets a link to a draft.</param>
public sealed record CitingContext(string Slug, string Version, string Language, DateOnly Date, string Path, Visibility Visibility);
