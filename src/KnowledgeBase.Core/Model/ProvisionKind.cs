namespace KnowledgeBase.Core.Model;

/// <summary>The structural level of a provision; the Akoma Ntoso id prefix follows from it.</summary>
public enum ProvisionKind
{
    /// <summary>Text before the first heading of the body.</summary>
    Preamble,
    Section,
    Chapter,
    Article,
    /// <summary>A numbered part inside an article: <c>45.1.</c>, <c>45.1.3-1.</c>.</summary>
    Paragraph,
    /// <summary>A heading with a <c>{#key}</c> that is not a structure word, e.g. a procedure's "Documents required".</summary>
    Division,
}
