using KnowledgeBase.Testing;

namespace KnowledgeBase.Tests.Access;

/// <summary>The fixture corpus with more internal texts, written beside a copy of it: what an officer must not see and what they must.</summary>
/// <remarks>
/// The committed fixture corpus stays as it is (a golden file depends on it). Each addition carries a marker word that
/// appears nowhere else, so a test can search for it or look for it in a page.
/// </remarks>
public static class InternalCorpus
{
    /// <summary>In the Migration Code's newest version, an internal working draft (newer than every public version).</summary>
    public const string NewestDraftMarker = "quokkadraft";

    /// <summary>In the fixture's older internal working draft of the Migration Code.</summary>
    public const string OldDraftMarker = "INTERNALDRAFTMARKER";

    /// <summary>In an internal version of a procedure: officers apply it, so they see it.</summary>
    public const string InternalProcedureMarker = "wombatguidance";

    /// <summary>In a law that exists only as an internal draft: for an officer the law does not exist.</summary>
    public const string DraftLawMarker = "platypuslaw";

    public const string NewestDraft = "2016-05-working-draft";
    public const string OldDraft = "2011-working-draft";
    public const string NewestPublic = "2014-10-amended";
    public const string InternalProcedureVersion = "2015-03-internal";
    public const string DraftLaw = "law-on-labour-migration";

    public static string WriteInto(TempFolder temp)
    {
        var content = temp.CopyFrom(TestPaths.FixtureContent, "content");
        File.WriteAllText(Path.Combine(content, "migration-code", $"{NewestDraft}.en.md"), $$"""
            ---
            date: 2016-05-10
            status: draft
            visibility: internal
            note: Working draft of the 2016 amendments
            ---
            # Migration Code of the Republic of Azerbaijan

            ## Section I. General provisions

            ### Article 1. Scope {#scope}

            1.1. This Code governs entry, stay and residence of foreigners, and the {{NewestDraftMarker}} register.

            ### Article 21. Registration at the place of stay {#registration-at-place-of-stay}

            21.1. A foreigner staying longer than 15 days registers at the place of stay.

            """);
        File.WriteAllText(Path.Combine(content, "temporary-residence-permit", $"{InternalProcedureVersion}.en.md"), $$"""
            ---
            date: 2015-03-01
            status: in-force
            visibility: internal
            legal-basis: [migration-code/art_45]
            ---
            # Temporary residence permit

            Officers check the {{InternalProcedureMarker}} list before they accept an application under Article 45 of the Migration Code.

            ## Documents required {#documents}

            - an application form;
            - a passport.

            """);
        var law = Directory.CreateDirectory(Path.Combine(content, DraftLaw)).FullName;
        File.WriteAllText(Path.Combine(law, "instrument.yml"), """
            title: { en: Law on Labour Migration }
            kind: law
            short: { en: Law on Labour Migration }
            """);
        File.WriteAllText(Path.Combine(law, "2016-02-draft.en.md"), $$"""
            ---
            date: 2016-02-01
            status: draft
            visibility: internal
            ---
            # Law on Labour Migration

            ### Article 1. Purpose {#purpose}

            1.1. This draft law sets up the {{DraftLawMarker}} scheme for seasonal workers.

            """);
        return content;
    }
}
