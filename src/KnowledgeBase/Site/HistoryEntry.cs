using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site;

/// <summary>A provision in one version of its instrument: the number and id it had there, or null where that version lacks it.</summary>
/// <param name="Language">The language its label is in: the page's where the version has it.</param>
public sealed record HistoryEntry(StoredVersion Version, StoredProvision? Provision, string Language);
