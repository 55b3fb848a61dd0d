using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Accounts;

/// <summary>What one reader may see of a build: the single rule behind every page, list, search, comparison, feed and API answer.</summary>
/// <remarks>
/// A public build holds no internal version at all, so its readers see everything in it. On the internal site a drafter sees
/// everything; an officer sees internal procedures (they apply them) but not internal versions of legislation, which are drafts.
/// </remarks>
public sealed record ReaderAccess(bool SeesInternalLegislation)
{
    public static readonly ReaderAccess Everything = new(true);

    public static readonly ReaderAccess WithoutDraftLegislation = new(false);

    public static ReaderAccess Of(UserRole role) => role == UserRole.Drafter ? Everything : WithoutDraftLegislation;

    public bool MaySee(InstrumentKind kind, Visibility visibility) =>
        SeesInternalLegislation || visibility == Visibility.Public || kind == InstrumentKind.Procedure;
}
