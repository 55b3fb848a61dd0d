namespace KnowledgeBase.Tests.Browser;

/// <summary>Every kind of page passes axe-core with no serious or critical violation.</summary>
/// <remarks>A row per page kind.</remarks>
public sealed class AccessibilityTests(BrowserSite site) : BrowserTest(site)
{
    public static TheoryData<string> Pages => new()
    {
        "/",                                    // home: instruments by kind, latest changes, search box
        "/instruments/migration-code",          // instrument: versions as a timeline, with translations
        "/instruments/work-permit-extension",   // instrument of a procedure
        "/instruments/no-such-instrument",      // the friendly 404
        "/instruments/migration-code/2014-10-amended",                       // version: banner, contents, whole text
        "/instruments/migration-code/2013-07-adopted?lang=az",               // version in a translation
        "/instruments/migration-code/2013-07-adopted?lang=en&parallel=az",   // parallel view
        "/instruments/migration-code/at/2014-01-01",                         // as at a date
        "/instruments/migration-code/2014-10-amended/art_45",                // provision: cited by, procedures, history
        "/instruments/migration-code/compare?from=2013-04-parliament-draft&to=2013-07-adopted",  // comparison: impact, summary, diffs, folds
        "/instruments/migration-code/2018-amended/art_45/history",           // a provision's history, a diff per step
        "/instruments/migration-code/compare/table?from=2013-07-adopted&to=2014-10-amended",   // comparative table
        "/browse/decree",                                                    // a kind: year index, its instruments by title
        "/browse/decree/2010",                                               // a year of a kind
        "/procedures",                                                       // index by topic
        "/procedures/work-permit-extension",                                 // procedure with its legal basis
        "/search?q=work+permit+extension",                                   // results, facets, snippets
        "/search?q=zzzzqqqq",                                                // empty state
        "/search",                                                           // no query yet: examples
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
