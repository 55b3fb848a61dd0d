namespace KnowledgeBase.Tests.Browser;

/// <summary>Every kind of page passes axe-core with no serious or critical violation.</summary>
/// <remarks>A row per page kind. The version, provision, procedure and search pages wait in AwaitingPages/ until they land.</remarks>
public sealed class AccessibilityTests(BrowserSite site) : BrowserTest(site)
{
    public static TheoryData<string> Pages => new()
    {
        "/",                                    // home: instruments by kind, latest changes, search box
        "/instruments/migration-code",          // instrument: versions as a timeline, with translations
        "/instruments/work-permit-extension",   // instrument of a procedure
        "/instruments/no-such-instrument",      // the friendly 404
    };

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_serious_or_critical_violation(string path)
    {
        await Page.GotoAsync(path);

        var violations = await AxeAudit.SeriousOrCritical(Page);

        Assert.True(violations.Count == 0, $"{path}:\n{string.Join('\n', violations)}");
    }
}
