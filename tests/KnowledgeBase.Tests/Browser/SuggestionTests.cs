using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser;

/// <summary>The search box in the header suggests titles and headings while the reader types, and opens the one chosen.</summary>
public sealed partial class SuggestionTests(BrowserSite site) : BrowserTest(site)
{
    [BrowserFact]
    public async Task Typing_is_icaz_suggests_Azerbaijani_headings_and_the_keyboard_opens_one()
    {
        await Visit("/");
        var box = Page.GetByRole(AriaRole.Combobox, new() { Name = "Search the knowledge base" });
        await box.PressSequentiallyAsync("iş icaz");

        var suggestions = Page.GetByRole(AriaRole.Listbox, new() { Name = "Suggestions" });
        var workPermit = suggestions.GetByRole(AriaRole.Option, new() { Name = "İş icazəsi", Exact = true });
        await Assertions.Expect(workPermit).ToBeVisibleAsync();
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "true");

        // Down arrows walk the list (the box names the chosen option); Enter opens it.
        var options = await suggestions.GetByRole(AriaRole.Option).AllAsync();
        var index = 0;
        while (await options[index].TextContentAsync() != "İş icazəsi")
            index++;
        for (var i = 0; i <= index; i++)
            await box.PressAsync("ArrowDown");
        await Assertions.Expect(workPermit).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-activedescendant", (await workPermit.GetAttributeAsync("id"))!);
        await box.PressAsync("Enter");

        await Assertions.Expect(Page).ToHaveURLAsync(ArticlePage());
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("İş icazəsi");
    }

    [BrowserFact]
    public async Task Escape_closes_the_suggestions_keeping_what_was_typed_and_Enter_searches_it()
    {
        await Visit("/");
        var box = Page.GetByRole(AriaRole.Combobox, new() { Name = "Search the knowledge base" });
        await box.PressSequentiallyAsync("residence");
        await Assertions.Expect(Page.GetByRole(AriaRole.Listbox, new() { Name = "Suggestions" })).ToBeVisibleAsync();

        await box.PressAsync("Escape");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(box).ToHaveValueAsync("residence");
        await box.PressAsync("Enter");

        await Assertions.Expect(Page).ToHaveURLAsync(new Regex(@"/search\?q=residence$"));
    }

    [GeneratedRegex(@"/instruments/migration-code/2014-10-amended/art_35\?lang=az$")]
    private static partial Regex ArticlePage();
}
