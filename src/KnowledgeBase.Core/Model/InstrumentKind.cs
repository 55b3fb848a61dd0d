namespace KnowledgeBase.Core.Model;

/// <summary>What kind of legal instrument a text is; written in lower case in <c>instrument.yml</c>.</summary>
public enum InstrumentKind
{
    Code,
    Law,
    Strategy,
    Decree,
    Order,
    Regulation,
    Procedure,
}
