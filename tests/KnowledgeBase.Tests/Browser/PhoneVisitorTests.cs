using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser;

/// <summary>A member of the public browses on a phone: everything fits the screen, the language they choose sticks, nothing can be edited.</summary>
public sealed class PhoneVisitorTests(BrowserSite site) : BrowserTest(site)
{
    public const string CodeTitle = "Migration Code of the Republic of Azerbaijan";

    /// <summary>A small phone (375×667 CSS pixels), held upright, used with a finger.</summary>
    public static BrowserNewContextOptions Phone => new()
    {
        ViewportSize = new ViewportSize { Width = 375, Height = 667 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
    };

    protected override BrowserNewContextOptions ContextOptions => Phone;

    [BrowserFact]
    public async Task Walks_from_the_home_page_to_the_versions_of_the_Migration_Code_without_scrolling_sideways()
    {
        await Visit("/");
        await AssertFitsAndIsReadOnly();

        await Page.GetByRole(AriaRole.Region, new() { Name = "Instruments" })
            .GetByRole(AriaRole.Link, new() { Name = CodeTitle, Exact = true }).TapAsync();

        await ExpectPath("/instruments/migration-code");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(CodeTitle);
        await AssertFitsAndIsReadOnly();
        var version = Page.GetByRole(AriaRole.Link, new() { Name = "2014-10-amended", Exact = true });
        await Assertions.Expect(version).ToHaveAttributeAsync("href", "/instruments/migration-code/2014-10-amended");
        await Assertions.Expect(version).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Chooses_Azerbaijani_once_and_keeps_it_on_every_page()
    {
        await Visit("/instruments/migration-code");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Azərbaycanca", Exact = true }).First.TapAsync();

        // Back on the page it was on, now in Azerbaijani.
        await ExpectPath("/instruments/migration-code");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "az");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Versiyalar" })).ToBeVisibleAsync();
        await AssertFitsAndIsReadOnly();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Miqrasiya hüququ bilik bazası" }).TapAsync();
        await ExpectPath("/");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Miqrasiya hüququ bilik bazası");
        await AssertFitsAndIsReadOnly();

        await Page.GetByRole(AriaRole.Region, new() { Name = "Aktlar" })
            .GetByRole(AriaRole.Link, new() { Name = "Azərbaycan Respublikasının Miqrasiya Məcəlləsi", Exact = true }).TapAsync();
        await ExpectPath("/instruments/migration-code");
        await Assertions.Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Əsas" })).ToContainTextAsync("Prosedurlar");

        // A page opened later, in a new tab, remembers the choice too.
        var later = await Context.NewPageAsync();
        await later.GotoAsync("/");
        await Assertions.Expect(later.Locator("html")).ToHaveAttributeAsync("lang", "az");
    }

    private async Task AssertFitsAndIsReadOnly()
    {
        var overflow = await PageLayout.WiderThanWindow(Page);
        Assert.True(overflow.Count == 0, $"{CurrentPath} scrolls sideways on a phone:\n{string.Join('\n', overflow)}");
        var controls = await ReadOnlySite.EditingControlsOn(Page);
        Assert.True(controls.Count == 0, $"{CurrentPath} offers editing controls:\n{string.Join('\n', controls)}");
    }

    [BrowserFact]
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
