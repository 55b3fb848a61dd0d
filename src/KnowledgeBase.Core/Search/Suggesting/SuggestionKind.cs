namespace KnowledgeBase.Core.Search.Suggesting;

/// <summary>Where a suggestion comes from, in the order suggestions of equal match are offered.</summary>
public enum SuggestionKind
{
    Procedure,
    Instrument,
    Provision,
}
