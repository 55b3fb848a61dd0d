using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser;

/// <summary>In a real browser, the Content-Security-Policy blocks nothing the site itself needs: its scripts and styles are all files.</summary>
public sealed class SecurityPolicyTests(BrowserSite site) : BrowserTest(site)
{
    [BrowserTheory]
    [InlineData("/")]
    [InlineData("/instruments/migration-code/2014-10-amended")]
    [InlineData("/instruments/migration-code/compare?from=2013-04-parliament-draft&to=2013-07-adopted")]
    [InlineData("/search?q=work+permit+extension")]
    public async Task The_browser_reports_no_violation_of_the_policy(string path)
    {
        var refused = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                refused.Add(message.Text);
        };

        await Visit(path);
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(refused.Count == 0, $"{path}:\n{string.Join('\n', refused)}");
    }

    [BrowserFact]
    public async Task The_comparison_page_script_runs_under_the_policy()
    {
        var scriptLoaded = Page.WaitForResponseAsync(r => r.Url.Contains("/js/compare", StringComparison.Ordinal) && r.Status == 200);

        await Visit("/instruments/migration-code/compare?from=2013-04-parliament-draft&to=2013-07-adopted");

        var script = await scriptLoaded;
        Assert.Contains("script-src 'self'", await script.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);
    }
}
