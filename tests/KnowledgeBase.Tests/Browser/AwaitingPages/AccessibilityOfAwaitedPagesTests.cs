namespace KnowledgeBase.Tests.Browser.AwaitingPages;

/// <summary>The accessibility rows for the pages other branches are building; once merged, each row moves to <see cref="AccessibilityTests.Pages"/>.</summary>
public sealed class AccessibilityOfAwaitedPagesTests(BrowserSite site) : BrowserTest(site)
{
    public static TheoryData<string> TextPages => new()
    {
        "/instruments/migration-code/2014-10-amended",                       // version: banner, contents, whole text
        "/instruments/migration-code/2013-07-adopted?lang=az",               // version in a translation
        "/instruments/migration-code/2013-07-adopted?lang=en&parallel=az",   // parallel view
        "/instruments/migration-code/at/2014-01-01",                         // as at a date
        "/instruments/migration-code/2014-10-amended/art_45",                // provision: cited by, procedures, history
    };

    public static TheoryData<string> ProcedureAndSearchPages => new()
    {
        "/procedures",                                         // index by topic
        "/procedures/work-permit-extension",                   // procedure with its legal basis
        "/search?q=work+permit+extension",                     // results, facets, snippets
        "/search?q=zzzzqqqq",                                  // empty state
        "/search",                                             // no query yet: examples
    };

    [AwaitingPagesTheory("version and provision pages", "site-text")]
    [MemberData(nameof(TextPages))]
    public Task Text_page_has_no_serious_or_critical_violation(string path) => AssertAccessible(path);

    [AwaitingPagesTheory("procedures and search pages", "site-procedures")]
    [MemberData(nameof(ProcedureAndSearchPages))]
    public Task Procedure_or_search_page_has_no_serious_or_critical_violation(string path) => AssertAccessible(path);

    private async Task AssertAccessible(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.Equal(200, response?.Status);

        var violations = await AxeAudit.SeriousOrCritical(Page);

        Assert.True(violations.Count == 0, $"{path}:\n{string.Join('\n', violations)}");
    }
}
