using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser;

/// <summary>The public site is read-only: the only form is the search form, which changes nothing.</summary>
public static class ReadOnlySite
{
    private const string EditingControls = """
        () => {
          const isSearch = f => (f.getAttribute('method') ?? 'get').toLowerCase() === 'get'
            && new URL(f.action, location.href).pathname === '/search';
          const describe = e => e.outerHTML.slice(0, 120);
          return [
            ...[...document.forms].filter(f => !isSearch(f)).map(f => 'form: ' + describe(f)),
            ...[...document.querySelectorAll('textarea, [contenteditable]:not([contenteditable=false]), input[type=file], input[type=password]')].map(e => 'editable: ' + describe(e)),
            ...[...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(e => !e.form).map(e => 'control outside a form: ' + describe(e)),
          ];
        }
        """;

    /// <summary>Every form other than a GET form to /search, every editable element, every input outside a form.</summary>
    public static async Task<IReadOnlyList<string>> EditingControlsOn(IPage page) => await page.EvaluateAsync<string[]>(EditingControls);
}
