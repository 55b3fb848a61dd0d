using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser;

/// <summary>What a reader sees of a page's layout, measured in the browser.</summary>
public static class PageLayout
{
    private const string Overflow = """
        () => {
          const width = window.innerWidth;
          if (document.documentElement.scrollWidth <= width) return [];
          return [...document.body.querySelectorAll('*')]
            .filter(e => e.getBoundingClientRect().right > width + 0.5)
            .slice(0, 5)
            .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + String(e.className).trim().split(/\s+/).join('.') : ''} reaches ${Math.round(e.getBoundingClientRect().right)}px`)
            .concat([`page ${document.documentElement.scrollWidth}px wide in a ${width}px window`]);
        }
        """;

    /// <summary>The elements that stick out to the right, making the page scroll sideways; empty when it fits the window.</summary>
    public static async Task<IReadOnlyList<string>> WiderThanWindow(IPage page) => await page.EvaluateAsync<string[]>(Overflow);
}
