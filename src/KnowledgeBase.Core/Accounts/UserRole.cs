namespace KnowledgeBase.Core.Accounts;

/// <summary>What a signed-in reader of the internal site is; both roles only read.</summary>
public enum UserRole
{
    /// <summary>Writes the law: sees every version, internal drafts included.</summary>
    Drafter,

    /// <summary>Applies the law: sees internal procedures and the public versions of legislation, never a draft law.</summary>
    Officer,
}
