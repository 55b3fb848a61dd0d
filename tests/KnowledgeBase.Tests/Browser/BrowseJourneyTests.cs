using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser;

/// <summary>A reader who does not know what to search for browses: from a kind on the home page to its year, then to an instrument.</summary>
public sealed class BrowseJourneyTests(BrowserSite site) : BrowserTest(site)
{
    private const string Decree276 = "Decree of the President of the Republic of Azerbaijan approving the Regulation on the Unified Migration Information System";

    [BrowserFact]
    public async Task Goes_from_a_kind_on_the_home_page_to_a_year_and_opens_an_instrument()
    {
        await Visit("/");
        await Page.GetByRole(AriaRole.Region, new() { Name = "Instruments" })
            .GetByRole(AriaRole.Link, new() { Name = "Decrees", Exact = true }).ClickAsync();
        await ExpectPath("/browse/decree");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Decrees");

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Years" })
            .GetByRole(AriaRole.Link, new() { Name = "2010", Exact = true }).ClickAsync();
        await ExpectPath("/browse/decree/2010");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Decrees of 2010");

        await Page.GetByRole(AriaRole.Link, new() { Name = Decree276, Exact = true }).ClickAsync();
        await ExpectPath("/instruments/decree-276");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Decree276);
    }

    [BrowserFact]
    public async Task Searches_within_a_kind_from_its_browse_page()
    {
        await Visit("/browse/decree");

        var box = Page.GetByLabel("Search decrees", new() { Exact = true });
        await box.FillAsync("information system");
        await box.PressAsync("Enter");

        await ExpectPath("/search?q=information+system&kind=decree");
    }
}

/// <summary>The same pages on a phone: the year index and the lists fit the screen.</summary>
public sealed class BrowseOnPhoneTests(BrowserSite site) : BrowserTest(site)
{
    protected override BrowserNewContextOptions ContextOptions => PhoneVisitorTests.Phone;

    [BrowserTheory]
    [InlineData("/browse/decree")]
    [InlineData("/browse/decree/2010")]
    public async Task Fits_a_phone_without_scrolling_sideways(string path)
    {
        await Visit(path);

        var overflow = await PageLayout.WiderThanWindow(Page);
        Assert.True(overflow.Count == 0, $"{path} scrolls sideways on a phone:\n{string.Join('\n', overflow)}");
    }
}
