namespace KnowledgeBase.Core.Building;

/// <summary>What to build and how.</summary>
/// <param name="Strict">Treat warnings as errors (all but KB104, a citation of a law outside the corpus, which is no defect).</param>
/// <param name="CheckOnly">Validate only: run every stage that can find a problem, write nothing.</param>
/// <param name="ContentFingerprint">The content's <see cref="Storage.ContentFingerprint"/> when the caller has just computed it
/// (the site does, to decide whether to build), so the content is not read twice; computed by the build otherwise.</param>
/// <param name="Full">Read everything even when the published build could be updated with only the instruments that changed.</param>
public sealed record BuildOptions(
    string ContentPath,
    string DataPath,
    Audience Audience,
    bool Strict = false,
    bool CheckOnly = false,
    string? ContentFingerprint = null,
    bool Full = false);
