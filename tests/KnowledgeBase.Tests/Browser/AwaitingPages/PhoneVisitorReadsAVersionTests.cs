using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser.AwaitingPages;

/// <summary>The phone visitor's last step: from the instrument's timeline into a version, which still fits the screen and offers nothing to edit.</summary>
/// <remarks>Once enabled, this belongs in <see cref="PhoneVisitorTests"/>.</remarks>
public sealed class PhoneVisitorReadsAVersionTests(BrowserSite site) : BrowserTest(site)
{
    protected override BrowserNewContextOptions ContextOptions => PhoneVisitorTests.Phone;

    [AwaitingPagesFact("version and provision pages", "site-text")]
    public async Task Taps_a_version_in_the_timeline_and_reads_it_without_scrolling_sideways_in_the_language_chosen()
    {
        await Visit("/instruments/migration-code");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Azərbaycanca", Exact = true }).First.TapAsync();
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "az");

        await Page.GetByRole(AriaRole.Link, new() { Name = "2014-10-amended", Exact = true }).First.TapAsync();

        await ExpectPath("/instruments/migration-code/2014-10-amended");
        await Assertions.Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Bu versiya haqqında" })).ToContainTextAsync("2014-10-amended");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "az");
        var overflow = await PageLayout.WiderThanWindow(Page);
        Assert.True(overflow.Count == 0, $"{CurrentPath} scrolls sideways on a phone:\n{string.Join('\n', overflow)}");
        var controls = await ReadOnlySite.EditingControlsOn(Page);
        Assert.True(controls.Count == 0, $"{CurrentPath} offers editing controls:\n{string.Join('\n', controls)}");

        // A provision's own page, reached from the text, fits too.
        await Page.GetByRole(AriaRole.Article).Locator("a[href^='/instruments/migration-code/2014-10-amended/art_45']").First.TapAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/instruments/migration-code/2014-10-amended/art_45"));
        overflow = await PageLayout.WiderThanWindow(Page);
        Assert.True(overflow.Count == 0, $"{CurrentPath} scrolls sideways on a phone:\n{string.Join('\n', overflow)}");
    }
}
